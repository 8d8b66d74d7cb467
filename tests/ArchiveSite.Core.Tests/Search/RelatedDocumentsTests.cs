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
                // MoreLikeThis with our settings, every word it scores, less what ours leaves out
                // on purpose: the words as written, which the index holds beside their marked stems
                // (ours counts the stem, which every form shares, once; stop words have none). Its
                // boosts are relative to its best word, so they are taken relative to the best left.
                var kept = ((BooleanQuery)new MoreLikeThis(searcher.IndexReader)
                {
                    Analyzer = archive.Index.Analyzer,
                    FieldNames = [IndexSchema.Title, IndexSchema.Summary, IndexSchema.Body],
                    MinTermFreq = 1,
                    MinDocFreq = 2,
                    MinWordLen = 3,
                    MaxDocFreq = RelatedDocuments.MaxDocFreq(searcher.IndexReader.NumDocs),
                    MaxQueryTerms = 10_000,
                    ApplyBoost = true,
                }.Like(docNum)).Clauses.Select(c => (Term: ((TermQuery)c.Query).Term, c.Query.Boost))
                    .Where(c => RelatedDocuments.Telling(c.Term.Text))
                    .OrderByDescending(c => c.Boost).Take(RelatedDocuments.MaxQueryTerms).ToArray();
                var expected = kept.Select(c => (Word: $"{c.Term.Field}:{c.Term.Text}", Boost: c.Boost / kept[0].Boost)).ToArray();

                var ours = ((BooleanQuery)RelatedDocuments.Query(searcher.IndexReader, docNum, archive.Index.Analyzer)).Clauses
                    .Select(c => (Word: $"{((TermQuery)c.Query).Term.Field}:{((TermQuery)c.Query).Term.Text}", c.Query.Boost)).ToArray();

                // Equal scores at the cut-off may be taken in another order (Lucene's heap is
                // unordered among ties; ours takes them alphabetically): above it, the same words
                // with the same boosts.
                var cutoff = expected.Select(c => c.Boost).DefaultIfEmpty(0).Min();
                Assert.Equal(Above(expected, cutoff), Above(ours, cutoff));
                Assert.Equal(expected.Count(c => Same(c.Boost, cutoff)), ours.Count(c => Same(c.Boost, cutoff)));
            }
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    private static bool Same(float a, float b) => Math.Abs(a - b) < 1e-5f;

    private static string[] Above(IEnumerable<(string Word, float Boost)> clauses, float cutoff) =>
        clauses.Where(c => c.Boost > cutoff && !Same(c.Boost, cutoff))
            .Select(c => $"{c.Word}^{c.Boost:0.0000}").Order(StringComparer.Ordinal).ToArray();

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
