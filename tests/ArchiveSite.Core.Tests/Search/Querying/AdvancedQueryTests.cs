using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search.Querying;

public sealed class AdvancedQueryTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Fact]
    public void AnEmptyFormComposesAnEmptyQuery()
    {
        var query = new AdvancedQuery(" ", "", null, "\t", AdvancedQuery.Anywhere, "  ", null);

        Assert.Equal("", query.ToQueryString());
        Assert.False(query.HasWordsToFind);
        Assert.False(query.IsOnlyExclusions);
    }

    [Fact]
    public void EveryFieldTakesItsPlaceInOneQuery()
    {
        var query = new AdvancedQuery(
            AllWords: "pilots  training",
            ExactPhrase: "jet fighter",
            AnyWords: "Manchuria China",
            NoneWords: "bomber attack",
            Reference: "f. 45",
            Person: "Kim Il Sung");

        Assert.Equal("pilots training \"jet fighter\" (Manchuria OR China) f. 45 \"Kim Il Sung\" NOT bomber NOT attack", query.ToQueryString());
    }

    [Theory]
    [InlineData("Manchuria", "Manchuria")]
    [InlineData("Manchuria China Korea", "(Manchuria OR China OR Korea)")]
    [InlineData("\"jet fighter\" bomber", "(\"jet fighter\" OR bomber)")]
    public void AnyOfTheseWordsIsOneOrGroupInParentheses(string any, string expected)
    {
        Assert.Equal(expected, new AdvancedQuery(AnyWords: any).ToQueryString());
    }

    [Fact]
    public void AChosenFieldPrefixesEveryWordAndPhraseButNotTheReferenceOrThePerson()
    {
        var query = new AdvancedQuery("pilots", "jet fighter", "Manchuria China", "bomber", "title", "Fond 45", "Stalin");

        Assert.Equal("title:pilots title:\"jet fighter\" (title:Manchuria OR title:China) Fond 45 \"Stalin\" NOT title:bomber", query.ToQueryString());
    }

    [Theory]
    [InlineData("anywhere", "pilots")]
    [InlineData("", "pilots")]
    [InlineData(null, "pilots")]
    [InlineData("language", "pilots")]
    [InlineData(" Summary ", "summary:pilots")]
    [InlineData("text", "text:pilots")]
    [InlineData("citation", "citation:pilots")]
    public void OnlyTheOfferedFieldsBecomePrefixes(string? field, string expected)
    {
        Assert.Equal(expected, new AdvancedQuery(AllWords: "pilots", Field: field).ToQueryString());
    }

    [Theory]
    [InlineData("title:pilots", @"title\:pilots")]
    [InlineData("(pilots)", @"\(pilots\)")]
    [InlineData("[1950 TO 1951]", @"\[1950 TO 1951\]")]
    [InlineData("{a} ^2 pilot~ a/b", @"\{a\} \^2 pilot\~ a\/b")]
    [InlineData("x&&y x||y", @"x\&\&y x\|\|y")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("-pilots +pilots !pilots", @"\-pilots \+pilots \!pilots")]
    [InlineData("*pilots ?ilots", @"\*pilots \?ilots")]
    [InlineData("AND OR NOT and", @"\AND \OR \NOT and")]
    public void QuerySyntaxInWordsIsEscaped(string words, string expected)
    {
        Assert.Equal(expected, new AdvancedQuery(AllWords: words).ToQueryString());
    }

    [Theory]
    [InlineData("MIG-15 C++", "MIG-15 C++")]
    [InlineData("pilot* Shtyk?v", "pilot* Shtyk?v")]
    [InlineData("\"jet fighter\" pilots", "\"jet fighter\" pilots")]
    [InlineData("5\" gun", "5 gun")]
    [InlineData("\"a\" \"b", "\"a\" b")]
    public void WildcardsHyphensAndClosedQuotationMarksKeepTheirMeaningAndALoneQuotationMarkIsDropped(string words, string expected)
    {
        Assert.Equal(expected, new AdvancedQuery(AllWords: words).ToQueryString());
    }

    [Fact]
    public void TheExactPhraseDropsQuotationMarksInsideItAndEscapesBackslashes()
    {
        Assert.Equal(@"""jet fighter \\ regiments""", new AdvancedQuery(ExactPhrase: "  \"jet\" fighter \\ regiments ").ToQueryString());
    }

    [Fact]
    public void NoneOfTheseWordsAloneIsFlaggedBecauseItCanMatchNothing()
    {
        var query = new AdvancedQuery(NoneWords: "Manchuria");

        Assert.True(query.IsOnlyExclusions);
        Assert.False(query.HasWordsToFind);
        Assert.Equal("NOT Manchuria", query.ToQueryString());
        Assert.False(new AdvancedQuery(NoneWords: "Manchuria", Person: "Stalin").IsOnlyExclusions);
    }

    [Theory]
    [InlineData("pilots", null, null, "Manchuria", null, null, null, new[] { "112079", "undated-note" })]
    [InlineData(null, "jet fighter regiments", null, null, null, null, null, new[] { "112082" })]
    [InlineData(null, null, "Manchuria Gromyko", null, null, null, null, new[] { "112079", "112082" })]
    [InlineData(null, null, null, null, null, "f. 45", "Ким Ир Сен", new[] { "112079", "112082" })]
    [InlineData("Gromyko", null, null, null, "title", null, null, new[] { "112079" })]
    [InlineData("pilots: (MIG-15] AND", null, null, null, "anywhere", null, null, new[] { "112082" })]
    [InlineData("*pilots", null, null, null, null, null, null, new[] { "112079", "112082", "undated-note" })]
    public void ComposedQueriesAreReadAndFindTheExpectedRecords(
        string? all, string? phrase, string? any, string? none, string? field, string? reference, string? person, string[] expected)
    {
        var text = new AdvancedQuery(all, phrase, any, none, field, reference, person).ToQueryString();

        Assert.Equal(expected, archive.Ids(text).Order());
    }
}
