using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>
/// Every record's related records computed at once, in the background (<see cref="DocumentRelations.FillRelated"/>),
/// over real FRUS records (the committed slice, or all 22,029 with <c>ARCHIVESITE_CORPUS</c>): the
/// same as a page computes for one record alone, and then only looked up.
/// </summary>
[Trait("Corpus", "FRUS")]
public sealed class CorpusRelatedTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void TheBatchGivesEveryRecordTheListAPageComputesForItAlone()
    {
        using var index = ArchiveIndex.Build(corpus.Result.Documents, indexPath: null, NameAuthority.Default);
        var ids = corpus.Result.Documents.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        var searcher = index.Searchers.Acquire();
        try
        {
            var batch = new DocumentRelations(index, searcher, new RelatedLists(ids));
            var alone = new DocumentRelations(index, searcher, new RelatedLists([]));

            batch.FillRelated([], CancellationToken.None);

            Assert.Equal(0, batch.Lists.Missing);
            // On the whole corpus every tenth record: each alone costs a query over 22,029 records.
            var step = corpus.IsWhole ? 10 : 1;
            for (var i = 0; i < ids.Length; i += step)
            {
                Assert.True(batch.Lists.TryGet(ids[i], out var listed));
                Assert.Equal(alone.Related(ids[i]).Select(c => c.Id), listed);
                Assert.Equal(alone.Related(ids[i]), batch.Related(ids[i]));
            }

            Assert.Contains(ids, id => batch.Lists.TryGet(id, out var listed) && listed.Count == RelatedDocuments.Count);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }
}
