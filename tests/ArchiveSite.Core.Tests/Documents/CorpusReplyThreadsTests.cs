using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>
/// The reply heuristic over real FRUS records: on the committed slice, the letters and answers
/// chosen for it are linked; over all 22,029 (<c>ARCHIVESITE_CORPUS</c>), a few hundred links. Every
/// one within its rules.
/// </summary>
[Collection(CorpusCollection.Name)]
[Trait("Corpus", "FRUS")]
public sealed class CorpusReplyThreadsTests(CorpusFixture corpus)
{
    // Inferred once for the class (xUnit makes an instance per test; the corpus is one per run).
    private static IReadOnlyList<ReplyLink>? _links;

    private IReadOnlyList<ReplyLink> Links => _links ??= ReplyThreads.Infer(corpus.Result.Documents, NameAuthority.Default);

    [Fact]
    public void TheCorpusHasSomeRepliesButNoFlood()
    {
        if (corpus.IsWhole)
        {
            // Measured: 283 links among 22,029 records (about 1 in 80). A change that multiplies them
            // is far more likely to be inventing links than finding them.
            Assert.InRange(Links.Count, 100, corpus.Result.Documents.Count / 50);
            return;
        }

        // The slice holds letters and their answers that select.py chose by its own simpler reading
        // (reversed correspondents in the titles, within 31 days, "your letter"): most are linked.
        // Beyond them, at most the corpus's rate of about 1 in 90, doubled.
        var chosen = ChosenPairs();
        var found = chosen.Count(pair => Links.Any(l => l.ReplyId == pair.Answer && l.OriginalId == pair.Letter));
        var others = Links.Count(l => !chosen.Any(pair => pair.Answer == l.ReplyId));
        Assert.True(found >= chosen.Count * 3 / 4, $"{found} of the {chosen.Count} letters and answers in tests/corpus/frus-replies.tsv are linked");
        Assert.True(others <= corpus.Result.Documents.Count / 45, $"{others} links besides them among {corpus.Result.Documents.Count} records");
    }

    [Fact]
    public void EveryLinkKeepsTheRules()
    {
        var byId = corpus.Result.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);

        Assert.Equal(Links.Count, Links.Select(l => l.ReplyId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Links, link =>
        {
            var days = ReplyThreads.DaysBetween(byId[link.OriginalId].Date!, byId[link.ReplyId].Date!);
            Assert.InRange(days, 1, ReplyThreads.WindowDays);
            Assert.Matches(@" writes to .+ after .+'s message to .+, and (says “.+”|mentions its date, “.+”)\.$", link.Reason);
        });
    }

    /// <summary>The letters and answers of tests/corpus/frus-replies.tsv, by id.</summary>
    private static List<(string Answer, string Letter)> ChosenPairs() =>
        File.ReadLines(RepositoryPaths.FrusSlice + "-replies.tsv")
            .Where(line => !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(columns => (Path.GetFileNameWithoutExtension(columns[0]), Path.GetFileNameWithoutExtension(columns[1])))
            .ToList();

    [Theory]
    // Eisenhower answers Zhukov's letter about Lysikov: "I have received your letter about Valery Lysikov".
    [InlineData("frus1955-57v26-d147", "frus1955-57v26-d145")]
    // Macmillan to Dulles, October 21, 1955: "in your letter of October 5".
    [InlineData("frus1955-57v24-d142", "frus1955-57v24-d141")]
    public void CheckedExamplesAreFound(string replyId, string originalId) =>
        Assert.Equal(originalId, Links.Single(l => l.ReplyId == replyId).OriginalId);

    [Fact]
    public void ThreadsAreSmall()
    {
        var roots = ReplyThreads.ThreadRoots(Links);

        Assert.InRange(roots.GroupBy(r => r.Value).Max(g => g.Count()), 2, 20);
    }
}
