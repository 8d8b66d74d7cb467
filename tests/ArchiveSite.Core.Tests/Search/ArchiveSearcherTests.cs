using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search;

public sealed class ArchiveSearcherTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Fact]
    public void EnglishStemmingFindsPluralsFromTheSingular()
    {
        Assert.Equal(["112079", "112082", "undated-note"], archive.Ids("pilot").Order());
    }

    [Theory]
    [InlineData("Kim II Sung")]
    [InlineData("Kim Il Sung")]
    [InlineData("\"Kim Il-sung\"")]
    [InlineData("Ким Ир Сен")]
    public void EverySpellingOfKimIlSungFindsBothSeeds(string query)
    {
        var results = archive.Search(query);

        Assert.Null(results.Error);
        Assert.Equal(["112079", "112082"], results.Hits.Select(h => h.Id).Order());
        Assert.Equal("kim_il_sung", Assert.Single(results.People).Id);
    }

    [Fact]
    public void TheNameVariantIsMarkedInTheResultWhereverItIsWrittenOtherwise()
    {
        var hit = archive.Search("Kim Il Sung").Hits.Single(h => h.Id == "112082");

        Assert.Contains(hit.Title, s => s.IsMatch && s.Text == "Kim II Sung");
        Assert.Contains(hit.Snippet, s => s.IsMatch && s.Text == "KIM IL SUNG");
    }

    [Theory]
    [InlineData("Fond 45", new[] { "112079", "112082" })]
    [InlineData("Delo 347", new[] { "112079", "112082" })]
    [InlineData("fond 3", new[] { "month-1950" })]
    [InlineData("Opis 65", new[] { "month-1950" })]
    [InlineData("f. 0102", new[] { "year-1949" })]
    [InlineData("Listy 165-166", new[] { "112082" })]
    public void ArchivalReferencesFindTheRecordsFiledThere(string query, string[] expected)
    {
        Assert.Equal(expected, archive.Ids(query).Order());
    }

    [Fact]
    public void ArchivalShorthandDoesNotMatchTheWordsApart()
    {
        // "fond" appears in the undated note's body and "45" in a seed: a phrase on the reference field finds neither.
        Assert.DoesNotContain("undated-note", archive.Ids("Fond 45"));
    }

    [Fact]
    public void PhrasesBooleansAndFieldPrefixesWork()
    {
        Assert.Equal(["112082"], archive.Ids("\"jet fighter regiments\""));
        Assert.Equal(["112079", "112082"], archive.Ids("(pilots AND MIG-15) OR Gromyko").Order());
        Assert.Equal(["112079", "undated-note"], archive.Ids("pilots NOT Manchuria").Order());
        Assert.Equal(["112079"], archive.Ids("title:Gromyko"));
        Assert.Equal(["112079", "112082"], archive.Ids("title:Stalin").Order());
        Assert.Equal(["112079", "112082", "month-1950"], archive.Ids("language:russian AND (pilots OR aviation)").Order());
    }

    [Theory]
    [InlineData("NOT Manchuria", new[] { "112079", "month-1950", "undated-note", "year-1949" })]
    [InlineData("-pilots", new[] { "month-1950", "year-1949" })]
    [InlineData("Gromyko OR (NOT pilots)", new[] { "112079", "month-1950", "year-1949" })]
    public void AQueryOfOnlyExclusionsFindsEveryOtherRecord(string query, string[] expected)
    {
        Assert.Equal(expected, archive.Ids(query).Order());
    }

    [Fact]
    public void AnExclusionOnlyQueryStillHonoursTheDates()
    {
        Assert.Equal(["112079", "month-1950"], archive.Ids("NOT Manchuria", from: "1950-11-01", to: "1950-11-30").Order());
    }

    [Fact]
    public void ANameInsideAFieldGroupIsSearchedAsWordsOfThatField()
    {
        // In the titles Kim Il Sung is written "Kim II Sung" (112082) and "Kim Il Sung" (112079):
        // the field group asks for the words as written in the title, not for the person.
        var results = archive.Search("title:(Kim Il Sung)");

        Assert.Null(results.Error);
        Assert.Empty(results.People);
        Assert.Equal(["112079"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void AnEscapedQuotationMarkDoesNotHideTheRestOfTheQueryFromRewriting()
    {
        // Were the escaped mark taken for an opening quote, "Fond 45" would be inside a phrase
        // and "nofield:" left for Lucene to reject.
        var results = archive.Search("\\\"pilot AND Fond 45 AND nofield:pilots");

        Assert.Null(results.Error);
        Assert.Contains(results.Notices, n => n.Contains("'nofield'", StringComparison.Ordinal));
    }

    [Fact]
    public void DateRangesFindRecordsWhoseDatesOverlap()
    {
        Assert.Equal(["112079", "112082", "month-1950"], archive.Ids(from: "1950-11-01", to: "1950-11-30").Order());
        Assert.Equal(["112082", "month-1950"], archive.Ids(from: "1950-11-18").Order());
        Assert.Equal(["112079", "month-1950", "year-1949"], archive.Ids(to: "17.11.1950").Order());
        Assert.Equal(["month-1950"], archive.Ids("aviation", from: "November 19, 1950", to: "November 1950"));
        Assert.Equal(["year-1949"], archive.Ids(from: "1949", to: "1949"));
    }

    [Theory]
    [InlineData("date:1950-11", new[] { "112079", "112082", "month-1950" })]
    [InlineData("date:1950-11-20", new[] { "112082", "month-1950" })]
    [InlineData("date:\"November 17, 1950\"", new[] { "112079", "month-1950" })]
    [InlineData("date:[1950-11-01 TO 1950-11-19]", new[] { "112079", "month-1950" })]
    [InlineData("date:[* TO 1949-12-31]", new[] { "year-1949" })]
    [InlineData("date:[1950-11-19 TO *]", new[] { "112082", "month-1950" })]
    [InlineData("pilots AND date:1950", new[] { "112079", "112082" })]
    public void DatesInTheQuerySyntaxMatchOverlappingRecords(string query, string[] expected)
    {
        Assert.Equal(expected, archive.Ids(query).Order());
    }

    [Fact]
    public void SortingByDatePutsUndatedRecordsLastEitherWay()
    {
        Assert.Equal(["year-1949", "month-1950", "112079", "112082", "undated-note"], archive.Ids(sort: SearchSort.Date));
        Assert.Equal(["112082", "112079", "month-1950", "year-1949", "undated-note"], archive.Ids(sort: SearchSort.DateDescending));
    }

    [Theory]
    [InlineData("\"Kim Il Sung", "quotation mark")]
    [InlineData("(pilots OR aviation", "parenthesis")]
    [InlineData("pilots)", "parenthesis")]
    [InlineData("*ilots", "wildcard")]
    [InlineData("pilots AND", "ends with 'AND'")]
    [InlineData("OR pilots", "starts with 'OR'")]
    [InlineData("title:[A TO", "bracket")]
    [InlineData("the of and", "very common words")]
    [InlineData("date:someday", "'date:someday' is not a date")]
    [InlineData("date:[1951 TO 1950]", "ends before it starts")]
    [InlineData("mentioned:someday", "'mentioned:someday' is not a date")]
    [InlineData("mentioned:[1951 TO 1950]", "e.g. mentioned:[1950-11-01 TO 1950-11-19]")]
    public void MalformedQueriesSayWhatIsWrong(string query, string expected)
    {
        var results = archive.Search(query);

        Assert.Contains(expected, results.Error, StringComparison.Ordinal);
        Assert.Empty(results.Hits);
    }

    [Fact]
    public void AnOverlongQueryIsRefusedWithItsLength()
    {
        var results = archive.Search(new string('a', QueryTranslator.MaxQueryLength + 1));

        Assert.Contains("1,001 characters", results.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1950-13-01", "'from' date '1950-13-01'")]
    [InlineData("yesterday", "'from' date 'yesterday'")]
    public void UnreadableDatesSayHowToWriteThem(string from, string expected)
    {
        var results = archive.Search(from: from);

        Assert.Contains(expected, results.Error, StringComparison.Ordinal);
        Assert.Contains("20.11.1950", results.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFromDateAfterTheToDateIsExplained()
    {
        Assert.Contains("after the 'to' date", archive.Search(from: "1951", to: "1950").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AStrayColonSearchesTheWordAndSaysSo()
    {
        var results = archive.Search("Copies: Bulganin");

        Assert.Null(results.Error);
        Assert.Contains("no field called 'Copies'", Assert.Single(results.Notices), StringComparison.Ordinal);
        Assert.Contains("112082", results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void MatchedWordsAreMarkedInTitleSummaryAndSnippet()
    {
        var hit = archive.Search("pilots").Hits.Single(h => h.Id == "112082");

        Assert.Contains(hit.Summary, s => s.IsMatch && s.Text == "pilots");
        Assert.Contains(hit.Snippet, s => s.IsMatch && s.Text is "pilot" or "pilots");
        Assert.DoesNotContain(hit.Title, s => s.IsMatch);
    }

    [Fact]
    public void WildcardsAreExpandedAndHighlighted()
    {
        var hit = archive.Search("regim*").Hits.Single(h => h.Id == "112082");

        Assert.Contains(hit.Snippet, s => s.IsMatch && s.Text.StartsWith("regiment", StringComparison.Ordinal));
    }

    [Fact]
    public void PagesSplitTheResultsAndTheTotalIsHonest()
    {
        var first = archive.Searcher.Search(new SearchRequest(Sort: SearchSort.Date, Page: 1, PageSize: 2));
        var third = archive.Searcher.Search(new SearchRequest(Sort: SearchSort.Date, Page: 3, PageSize: 2));

        Assert.Equal(5, first.TotalHits);
        Assert.Equal(3, first.PageCount);
        Assert.Equal(["year-1949", "month-1950"], first.Hits.Select(h => h.Id));
        Assert.Equal(["undated-note"], third.Hits.Select(h => h.Id));
    }

    [Fact]
    public void APermalinkLookupReturnsTheWholeRecord()
    {
        var expected = archive.Documents.Single(d => d.Id == "112082");

        var actual = archive.Searcher.GetDocument("112082")!;

        Assert.Equal(expected.Body, actual.Body);
        Assert.Equal(expected.Citation.Text, actual.Citation.Text);
        Assert.Equal(expected.Citation.References.Select(r => r.Text), actual.Citation.References.Select(r => r.Text));
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected with { Citation = actual.Citation }, actual);
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("../etc/passwd")]
    [InlineData("")]
    public void UnknownOrMalformedIdsFindNothing(string id)
    {
        Assert.Null(archive.Searcher.GetDocument(id));
    }
}
