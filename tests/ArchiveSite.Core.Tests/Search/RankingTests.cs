using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>
/// Relevance order (issue 17): what the query says decides which record comes first. Each case is a
/// small archive where the record meant and a decoy differ in one respect only; where a part of
/// the ranking is what puts the right one first, the same search without that part is shown to
/// put the decoy first, so the test fails if the part stops working.
/// </summary>
public sealed class RankingTests : IDisposable
{
    private const string Filler = "The embassy reported on the meeting and the talks that followed in the capital. ";

    private readonly ArchiveIndex _index;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);

    public RankingTests()
    {
        // A record's id is its address's last part, which the citation holds and search reads:
        // numbers, so that no name given here is a word of any record.
        ArchiveDocument Record(string name, string title, string summary, string body)
        {
            var id = (1000 + _names.Count).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _names[id] = name;
            return TestArchive.Parse(id + ".txt", title, "March 3, 1958", $"https://example.org/document/{id}", "Central Files, 611.86/3–358", summary, body, language: "English");
        }

        _index = ArchiveIndex.Build(
            [
                // The words as a run, once, in a longer body.
                Record("run", "Telegram", "A report.",
                    Filler + "Arab Republic President Nasser desires to resume relations and trade. " + Filler),
                // The same words scattered, some more than once, in a shorter one.
                Record("scattered", "Telegram", "A report.",
                    "Nasser desires aid. The Arab states wait. Relations may resume. The President of the Republic spoke. Nasser spoke again of relations."),
                Record("phrase", "Memorandum on the Secretary of State", "A note.", "The Secretary of State will travel to Paris."),
                Record("other-phrase", "Memorandum on the Secretary for State", "A note.", "The Secretary for State will travel to London."),
                Record("plural", "Note on training", "A note.", "The pilots were trained in Manchuria."),
                Record("singular", "Note on training", "A note.", "The pilot was trained in Manchuria."),
                Record("charge", "Telegram From the Chargé d'Affaires", "A note.", "General O'Daniel met the Chargé."),
                Record("exact-file", "Telegram", "A note.", "Filed under 396.1/12–2259 in the central files."),
                Record("near-file", "Telegram", "A note.", "Filed under 396.1–PA/12–2259 in the central files."),
                // "statement" is in most bodies and one title.
                Record("word-in-title", "Statement", "A note.", "Issued in Cairo on the third day of the month, after the talks that the embassy reported."),
                Record("word-in-body", "Telegram", "A note.", "The statement was issued in Cairo; Cairo radio read it."),
                .. Enumerable.Range(1, 30).Select(i => Record($"common-{i}", "Note", "A note.", $"Statement number {i} was read.")),
                Record("stalin", "Letter from Stalin to Mao", "Stalin writes to Mao.", "Stalin wrote about the treaty."),
                Record("filippov", "Telegram from Filippov to Mao", "A ciphered telegram.", "Filippov wrote about the treaty."),
            ],
            indexPath: null,
            NameAuthority.Default);
    }

    public void Dispose() => _index.Dispose();

    private string[] Ids(string query, Ranking? ranking = null)
    {
        ranking ??= Ranking.Default;
        var held = _index.Searchers.Acquire();
        try
        {
            var searcher = new ArchiveSearcher(_index, new IndexSearcher(held.IndexReader) { Similarity = ranking.Similarity() }, ranking);
            var results = searcher.Search(new SearchRequest(query));
            Assert.Null(results.Error);
            return results.Hits.Select(h => _names[h.Id]).ToArray();
        }
        finally
        {
            _index.Searchers.Release(held);
        }
    }

    [Fact]
    public void ARunOfWordsRanksTheRecordThatHasThemTogetherFirst()
    {
        const string query = "Arab Republic President Nasser desires resume relations";

        Assert.Equal(["run", "scattered"], Ids(query));
        // Without the proximity bonus the words' counts in title and summary win.
        Assert.Equal(["scattered", "run"], Ids(query, Ranking.Default with { WholeBoost = 0, PairBoost = 0 }));
    }

    [Fact]
    public void ACommonWordWeighsAsLittleInAShortFieldAsInTheBody()
    {
        // Words' weights alone: the proximity bonus, which also favours the body here, left out.
        const string query = "statement issued Cairo";
        var words = Ranking.Default with { WholeBoost = 0, PairBoost = 0 };

        Assert.Equal("word-in-body", Ids(query, words)[0]);
        // With each field's own rarity, "statement" in the one title that has it outweighs the rest.
        Assert.Equal("word-in-title", Ids(query, words with { BlendIdf = false })[0]);
    }

    [Fact]
    public void StopWordsHoldTheirPlaceInAPhrase()
    {
        Assert.Equal(["phrase"], Ids("\"the Secretary of State\""));
        Assert.Equal(["other-phrase"], Ids("\"Secretary for State\""));
    }

    [Fact]
    public void LooseStopWordsAreNotRequired()
    {
        Assert.Equal(["plural", "singular"], Ids("the pilots of"));
    }

    [Fact]
    public void TheWordAsTypedRanksAboveItsOtherForms()
    {
        Assert.Equal(["plural", "singular"], Ids("pilots"));
        Assert.Equal(["singular", "plural"], Ids("pilot"));
    }

    [Theory]
    [InlineData("Affaires")]
    [InlineData("d'Affaires")]
    [InlineData("Daniel")]
    [InlineData("O’Daniel")]
    public void AWordAfterAnApostropheIsFoundAlone(string query)
    {
        Assert.Equal(["charge"], Ids(query));
    }

    [Fact]
    public void AWordTheTokenizerSplitsIsAPhrase()
    {
        Assert.Equal(["exact-file"], Ids("396.1/12–2259"));
        Assert.Equal(["near-file"], Ids("396.1–PA/12–2259"));
    }

    [Fact]
    public void TheSpellingTypedRanksAboveThePersonsOtherNames()
    {
        Assert.Equal(["filippov", "stalin"], Ids("Filippov treaty"));
        Assert.Equal(["stalin", "filippov"], Ids("Stalin treaty"));
    }

    [Fact]
    public void MatchedStopWordsAreNotMarked()
    {
        var hit = new ArchiveSearcher(_index).Search(new SearchRequest("\"the Secretary of State\"")).Hits.Single();

        var marked = hit.Snippet.Where(s => s.IsMatch).Select(s => s.Text.ToLowerInvariant()).ToArray();
        Assert.Contains("secretary", marked);
        Assert.DoesNotContain("the", marked);
        Assert.DoesNotContain("of", marked);
    }
}
