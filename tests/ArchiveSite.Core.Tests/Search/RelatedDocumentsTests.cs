using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Tests.Search;

public sealed class RelatedDocumentsTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Fact]
    public void TheTwoSeedsAreRelatedToEachOther()
    {
        Assert.Equal("112079", archive.Relations.Related("112082")[0].Id);
        Assert.Equal("112082", archive.Relations.Related("112079")[0].Id);
    }

    [Fact]
    public void ARecordIsNeverRelatedToItself()
    {
        foreach (var document in archive.Documents)
        {
            Assert.DoesNotContain(document.Id, archive.Relations.Related(document.Id).Select(r => r.Id));
        }
    }

    [Fact]
    public void RelatedRecordsCarryTitleAndDate()
    {
        var related = archive.Relations.Related("112082")[0];

        Assert.StartsWith("Telegram from Shtykov to Gromyko", related.Title, StringComparison.Ordinal);
        Assert.Equal("1950-11-17", related.DateIso);
    }

    [Fact]
    public void TheQueryIsLuceneMoreLikeThisWithTheSameSettings()
    {
        var searchers = archive.Index.Searchers;
        var searcher = searchers.Acquire();
        try
        {
            for (var docNum = 0; docNum < searcher.IndexReader.MaxDoc; docNum++)
            {
                var lucene = new MoreLikeThis(searcher.IndexReader)
                {
                    Analyzer = archive.Index.Analyzer,
                    FieldNames = [IndexSchema.Title, IndexSchema.Summary, IndexSchema.Body],
                    MinTermFreq = 1,
                    MinDocFreq = 2,
                    MinWordLen = 3,
                    MaxDocFreq = RelatedDocuments.MaxDocFreq(searcher.IndexReader.NumDocs),
                    MaxQueryTerms = RelatedDocuments.MaxQueryTerms,
                    ApplyBoost = true,
                }.Like(docNum);

                var ours = RelatedDocuments.Query(searcher.IndexReader, docNum, archive.Index.Analyzer);

                // Equal scores at the cut-off may be taken in another order (Lucene's heap is
                // unordered among ties; ours takes them alphabetically): above it, the same words.
                var cutoff = ((BooleanQuery)lucene).Clauses.Select(c => c.Query.Boost).DefaultIfEmpty(0).Min();
                Assert.Equal(Clauses(lucene, c => c.Query.Boost > cutoff), Clauses(ours, c => c.Query.Boost > cutoff));
                Assert.Equal(Clauses(lucene, c => c.Query.Boost == cutoff).Length, Clauses(ours, c => c.Query.Boost == cutoff).Length);
            }
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static string[] Clauses(Query query, Func<BooleanClause, bool> which) =>
        ((BooleanQuery)query).Clauses.Where(which).Select(c => $"{c.Query}|{c.Occur}").Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(2, 50)]
    [InlineData(500, 50)]
    [InlineData(22_029, 2_202)]
    [InlineData(100_000, 10_000)]
    public void WordsOfMoreThanATenthOfALargeArchiveAreLeftOut(int records, int maxDocFreq) =>
        Assert.Equal(maxDocFreq, RelatedDocuments.MaxDocFreq(records));

    [Fact]
    public void AnUnknownIdHasNoRelatedRecords() => Assert.Empty(archive.Relations.Related("no-such-record"));
}
