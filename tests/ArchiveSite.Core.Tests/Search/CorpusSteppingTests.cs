using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>
/// On real FRUS records (the slice, or the whole corpus), stepping through a result list from a
/// document finds at each place exactly the record the list shows there, in every order, ties of
/// relevance included (<see cref="ArchiveSearcher.Around"/> ranks as the list does).
/// </summary>
[Collection(CorpusCollection.Name)]
[Trait("Corpus", "FRUS")]
public sealed class CorpusSteppingTests(CorpusFixture corpus)
{
    [Fact]
    public void EveryPlaceOfTheFirstPagesHasTheRecordTheListShowsThere()
    {
        // One index for every order: on the whole corpus a build takes minutes.
        using var index = ArchiveIndex.Build(corpus.Result.Documents, indexPath: null, NameAuthority.Default);
        var searcher = new ArchiveSearcher(index);
        var wrong = new List<string>();
        foreach (var (text, sort) in new (string, SearchSort?)[] { ("Khrushchev", null), ("Berlin OR Moscow", null), ("Secretary", SearchSort.Date), ("\"Department of State\"", SearchSort.Archival) })
        {
            var request = new SearchRequest(text, Sort: sort, PageSize: SearchRequest.MaxPageSize);
            var listed = Enumerable.Range(1, 3).SelectMany(page => searcher.Search(request with { Page = page }).Hits).Select(h => h.Id).ToArray();
            Assert.True(listed.Length > 10, $"{text} finds {listed.Length}");

            wrong.AddRange(Enumerable.Range(1, listed.Length)
                .Select(position => (position, window: searcher.Around(request, position)))
                .Where(p => p.window.CurrentId != listed[p.position - 1] || (p.position < listed.Length && p.window.NextId != listed[p.position]))
                .Select(p => $"{text}, {p.position}: {p.window.CurrentId} where the list has {listed[p.position - 1]}"));
        }

        Assert.True(wrong.Count == 0, string.Join('\n', wrong.Take(10)));
    }
}
