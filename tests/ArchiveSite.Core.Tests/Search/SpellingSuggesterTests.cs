using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Search;

public sealed class SpellingSuggesterTests(TestArchive archive) : IClassFixture<TestArchive>
{
    private SpellingSuggestion? Suggest(string query) => archive.Searcher.SuggestSpelling(archive.Search(query));

    [Theory]
    [InlineData("Shtykv", "Shtykov")]
    [InlineData("piolts", "pilots")]
    [InlineData("Manchuira", "Manchuria")]
    [InlineData("MANCHUIRA", "MANCHURIA")]
    [InlineData("Korean piolts", "Korean pilots")]
    public void ANearMissBecomesTheArchivesOwnWord(string typed, string expected)
    {
        Assert.Equal(0, archive.Search(typed).TotalHits);

        var suggestion = Suggest(typed);

        Assert.Equal(expected, suggestion?.Text);
        Assert.True(suggestion!.TotalHits > 0);
    }

    [Fact]
    public void TheSuggestionIsAWordAsWrittenNotAStem()
    {
        // "pilots" is indexed as the stem "pilot"; the suggestion must be what a researcher types.
        Assert.Equal("pilots", Suggest("piolts")!.Text);
    }

    [Fact]
    public void OnlyTheReplacedWordsAreMarked()
    {
        var segments = Suggest("Korean piolts training")!.Segments;

        Assert.Equal([("Korean ", false), ("pilots", true), (" training", false)], segments.Select(s => (s.Text, s.IsMatch)));
    }

    [Theory]
    [InlineData("\"Korean piolts\" AND training", "\"Korean pilots\" AND training")]
    [InlineData("(Manchuira OR Gromyko) NOT aviation", "(Manchuria OR Gromyko) NOT aviation")]
    [InlineData("date:1950-11 piolts", "date:1950-11 pilots")]
    [InlineData("title:Telegram piolts", "title:Telegram pilots")]
    public void TheRestOfTheQueryIsKeptCharacterForCharacter(string typed, string expected) =>
        Assert.Equal(expected, Suggest(typed)?.Text);

    [Theory]
    [InlineData("pilots")]
    [InlineData("Manchuria pilots")]
    [InlineData("Kim Il Sung")]
    [InlineData("title:Shtykv")]
    [InlineData("summary:\"Shtykv\"")]
    [InlineData("Manchuira~")]
    [InlineData("Shtyk?v")]
    [InlineData("date:[1950-11-01 TO 1950-11-19]")]
    [InlineData("zeppelin")]
    public void NoSuggestionForCorrectWordsSyntaxOrWordsWithNothingNear(string typed) =>
        Assert.Null(Suggest(typed));

    [Fact]
    public void ACorrectionIsOfferedWhenItFindsManyMoreThanTheQuery()
    {
        var original = archive.Search("Shtykv OR Gromyko");
        var suggestion = archive.Searcher.SuggestSpelling(original);

        Assert.Equal(1, original.TotalHits);
        Assert.Equal("Shtykov OR Gromyko", suggestion?.Text);
        Assert.Equal(2, suggestion!.TotalHits);
    }

    [Fact]
    public void ACorrectionThatFindsNoMoreIsNotOffered()
    {
        // Every record mentioning Manchuria also mentions pilots: the correction adds nothing.
        Assert.True(archive.Search("Manchuira OR pilots").TotalHits > 0);
        Assert.Null(Suggest("Manchuira OR pilots"));
    }

    [Fact]
    public void TheCorrectionKeepsDatesAndFacets()
    {
        var results = archive.Searcher.Search(new SearchRequest("piolts", From: "1950-11-18", Filters: new Dictionary<string, IReadOnlyList<string>> { ["language"] = ["Russian"] }));

        Assert.Equal(1, archive.Searcher.SuggestSpelling(results)?.TotalHits);
    }

    [Theory]
    [InlineData("piolts", "pilots", 1)]
    [InlineData("Shtykv", "shtykov", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("same", "same", 0)]
    public void EditDistanceCountsASwapAsOne(string a, string b, int expected) =>
        Assert.Equal(expected, SpellingSuggester.EditDistance(a.ToLowerInvariant(), b));
}

public sealed class QueryWordsTests
{
    private static string[] Words(string query) => QueryWords.Find(query).Select(w => query.Substring(w.Start, w.Length)).ToArray();

    [Fact]
    public void PlainWordsAndWordsInPlainPhrasesAreOffered() =>
        Assert.Equal(["fighter", "regiments", "Korea"], Words("\"jet fighter regiments\" Korea")); // "jet" is too short to correct

    [Fact]
    public void OperatorsFieldsFieldValuesRangesAndWildcardsAreNot() =>
        Assert.Equal(["pilots", "training"], Words("pilots AND title:Stalin NOT summary:\"Kim Il\" date:[1950-11-01 TO 1950-12] pilot* Shtyk?v Manchuira~ word^2 MIG15 \\Escaped training"));
}
