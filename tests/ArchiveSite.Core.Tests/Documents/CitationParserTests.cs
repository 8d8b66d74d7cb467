using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>Citations split into title, date, publisher, archival references and source URL.</summary>
public sealed class CitationParserTests
{
    private const string Url = "https://digitalarchive.wilsoncenter.org/document/112082";

    private const string Frus =
        "\"Memorandum of Conversation,\" April 13, 1962, Foreign Relations of the United States, 1961–1963, Volume XVII, Near East, 1961–1962, Document 245, Department of State, Central Files, 788.11/4–1362 https://history.state.gov/historicaldocuments/frus1961-63v17/d245";

    private static Citation Parse(string text)
    {
        var citation = CitationParser.Parse(text, out var error);
        Assert.True(citation is not null, error);
        Assert.Null(error);
        return citation!;
    }

    /// <summary>A Wilson Center citation whose references are <paramref name="references"/>.</summary>
    private static Citation Cite(string references) =>
        Parse($"\"Telegram from Stalin to Kim Il Sung\", November 20, 1950, Wilson Center Digital Archive, {references} {Url}");

    [Fact]
    public void AWilsonCenterCitationHasEveryPart()
    {
        var citation = Cite("APRF, Fond 45, Opis 1, Delo 347, Listy 90-91");

        Assert.Equal($"\"Telegram from Stalin to Kim Il Sung\", November 20, 1950, Wilson Center Digital Archive, APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 {Url}", citation.Text);
        Assert.Equal("Telegram from Stalin to Kim Il Sung", citation.QuotedTitle);
        Assert.Equal("November 20, 1950", citation.DateText);
        Assert.Equal("Wilson Center Digital Archive", citation.Publisher);
        Assert.Equal(Url, citation.SourceUrl);
        var reference = Assert.Single(citation.References);
        Assert.Equal("APRF, Fond 45, Opis 1, Delo 347, Listy 90-91", reference.Text);
        Assert.Equal("APRF", reference.Archive);
        Assert.Equal(["Fond 45", "Opis 1", "Delo 347", "Listy 90-91"], reference.Levels.Select(l => l.Canonical));
    }

    [Theory]
    [InlineData("fond 45, opis 1, delo 347, papka 11, listy 90-91", new[] { "fond", "opis", "delo", "papka", "listy" })]
    [InlineData("f. 45, op. 1, d. 347, pap. 11, ll. 90-91", new[] { "f.", "op.", "d.", "pap.", "ll." })]
    [InlineData("Fond 45, Opis 1, Delo 347, Papka 11, Listy 90-91", new[] { "Fond", "Opis", "Delo", "Papka", "Listy" })]
    [InlineData("FOND 45, OPIS 1, DELO 347, PAPKA 11, LISTY 90-91", new[] { "FOND", "OPIS", "DELO", "PAPKA", "LISTY" })]
    [InlineData("F. 45, Op. 1, D. 347, Pap. 11, Ll. 90-91", new[] { "F.", "Op.", "D.", "Pap.", "Ll." })]
    public void EachSpellingOfALevelMapsToItsKindWithTheLabelAsWritten(string levels, string[] labels)
    {
        var reference = Assert.Single(Cite("APRF, " + levels).References);

        ArchivalLevelKind[] kinds = [ArchivalLevelKind.Fond, ArchivalLevelKind.Opis, ArchivalLevelKind.Delo, ArchivalLevelKind.Papka, ArchivalLevelKind.Listy];
        string[] values = ["45", "1", "347", "11", "90-91"];
        Assert.Equal(kinds.Select((kind, i) => new ArchivalLevel(kind, labels[i], values[i])), reference.Levels);
        Assert.Equal("APRF", reference.Archive);
        Assert.Equal("APRF, " + levels, reference.Text);
        Assert.Equal(["Fond 45", "Opis 1", "Delo 347", "Papka 11", "Listy 90-91"], reference.Levels.Select(l => l.Canonical));
        Assert.Equal("347", reference[ArchivalLevelKind.Delo]);
    }

    [Theory]
    [InlineData("l. 5", "l.", "5")]
    [InlineData("ll. 5-7", "ll.", "5-7")]
    [InlineData("list 5", "list", "5")]
    [InlineData("List 5", "List", "5")]
    [InlineData("Listy 5ob", "Listy", "5ob")]
    [InlineData("l.5", "l.", "5")]
    public void EverySpellingOfTheLeavesIsListy(string written, string label, string value)
    {
        var reference = Assert.Single(Cite("RGASPI, f. 17, " + written).References);

        Assert.Equal(new ArchivalLevel(ArchivalLevelKind.Listy, label, value), reference.Levels[^1]);
        Assert.Equal("RGASPI", reference.Archive);
    }

    [Theory]
    [InlineData("APRF, f. 45, op. 1, d. 347, ll. 90-91 and AVPRF, f. 059a, op. 5a, d. 3, pap. 11, l. 165")]
    [InlineData("APRF, f. 45, op. 1, d. 347, ll. 90-91, and AVPRF, f. 059a, op. 5a, d. 3, pap. 11, l. 165")]
    [InlineData("APRF, f. 45, op. 1, d. 347, ll. 90-91 & AVPRF, f. 059a, op. 5a, d. 3, pap. 11, l. 165")]
    public void AndJoinsTwoReferences(string references)
    {
        var citation = Cite(references);

        Assert.Collection(citation.References,
            aprf =>
            {
                Assert.Equal("APRF", aprf.Archive);
                Assert.Equal("APRF, f. 45, op. 1, d. 347, ll. 90-91", aprf.Text);
                Assert.Equal(["Fond 45", "Opis 1", "Delo 347", "Listy 90-91"], aprf.Levels.Select(l => l.Canonical));
            },
            avprf =>
            {
                Assert.Equal("AVPRF", avprf.Archive);
                Assert.Equal("AVPRF, f. 059a, op. 5a, d. 3, pap. 11, l. 165", avprf.Text);
                Assert.Equal(["Fond 059a", "Opis 5a", "Delo 3", "Papka 11", "Listy 165"], avprf.Levels.Select(l => l.Canonical));
            });
    }

    [Fact]
    public void AFrusCitationHasTheVolumeAsPublisherAndAReferenceWithoutLevels()
    {
        var citation = Parse(Frus);

        Assert.Equal("Memorandum of Conversation", citation.QuotedTitle);
        Assert.Equal("April 13, 1962", citation.DateText);
        Assert.Equal("Foreign Relations of the United States, 1961–1963, Volume XVII, Near East, 1961–1962, Document 245", citation.Publisher);
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1961-63v17/d245", citation.SourceUrl);
        var reference = Assert.Single(citation.References);
        Assert.Equal("Department of State, Central Files, 788.11/4–1362", reference.Archive);
        Assert.Equal("Department of State, Central Files, 788.11/4–1362", reference.Text);
        Assert.Empty(reference.Levels);
    }

    [Fact]
    public void AFrusCitationWithAnUnreadableDateKeepsItAsWritten()
    {
        var citation = Parse(Frus.Replace("April 13, 1962", "July, 9 0900 Hours", StringComparison.Ordinal));

        Assert.Equal("Memorandum of Conversation", citation.QuotedTitle);
        Assert.Equal("July, 9 0900 Hours", citation.DateText);
        Assert.Equal("Foreign Relations of the United States, 1961–1963, Volume XVII, Near East, 1961–1962, Document 245", citation.Publisher);
    }

    [Fact]
    public void AFrusCitationWithADateRangeKeepsTheRange()
    {
        var citation = Parse(Frus.Replace("April 13, 1962", "January 26, 1955 - January 27, 1955", StringComparison.Ordinal));

        Assert.Equal("January 26, 1955 - January 27, 1955", citation.DateText);
        Assert.Equal("Memorandum of Conversation", citation.QuotedTitle);
    }

    [Theory]
    [InlineData("<https://digitalarchive.wilsoncenter.org/document/5>")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/5.")]
    [InlineData("<https://digitalarchive.wilsoncenter.org/document/5>.")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/5  ")]
    public void TheSourceUrlLosesItsAngleBracketsAndTrailingPunctuation(string written)
    {
        var text = $"\"Telegram\", November 20, 1950, Wilson Center Digital Archive, APRF, Fond 45 {written}";

        var citation = Parse(text);

        Assert.Equal("https://digitalarchive.wilsoncenter.org/document/5", citation.SourceUrl);
        Assert.Equal(text, citation.Text);
        Assert.Equal("APRF, Fond 45", Assert.Single(citation.References).Text);
    }

    [Theory]
    [InlineData("\"Telegram\", November 20, 1950, Wilson Center Digital Archive, APRF, Fond 45")]
    [InlineData("\"Telegram\", November 20, 1950, see https://digitalarchive.wilsoncenter.org/document/5 for the scan")]
    [InlineData("\"Telegram\", November 20, 1950, digitalarchive.wilsoncenter.org/document/5")]
    [InlineData("\"Telegram\", November 20, 1950, ftp://digitalarchive.wilsoncenter.org/document/5")]
    [InlineData("")]
    public void ACitationWithNoSourceUrlAtTheEndIsNullWithAnError(string text)
    {
        var citation = CitationParser.Parse(text, out var error);

        Assert.Null(citation);
        Assert.Equal("its citation has no source URL (http:// or https://) at the end, so the record has no stable id", error);
    }

    [Theory]
    [InlineData("undated")]
    [InlineData("n.d.")]
    [InlineData("November 1950")]
    [InlineData("1950")]
    [InlineData("20.11.1950")]
    [InlineData("Sept 3, 1950")]
    [InlineData("Jun. 5, 1950")]
    public void TheDateIsKeptAsWrittenAndThePublisherFollowsIt(string date)
    {
        var citation = Parse($"\"Telegram\", {date}, Wilson Center Digital Archive, APRF, Fond 45 {Url}");

        Assert.Equal("Telegram", citation.QuotedTitle);
        Assert.Equal(date, citation.DateText);
        Assert.Equal("Wilson Center Digital Archive", citation.Publisher);
        Assert.Equal("APRF", Assert.Single(citation.References).Archive);
    }

    [Fact]
    public void ACitationWithoutQuotesHasNoQuotedTitle()
    {
        var citation = Parse($"November 20, 1950, Wilson Center Digital Archive, APRF, Fond 45 {Url}");

        Assert.Null(citation.QuotedTitle);
        Assert.Equal("November 20, 1950", citation.DateText);
        Assert.Equal("Wilson Center Digital Archive", citation.Publisher);
        Assert.Equal("APRF, Fond 45", Assert.Single(citation.References).Text);
    }

    [Fact]
    public void ACitationOfOnlyAUrlHasOnlyAUrl()
    {
        var citation = Parse(Url);

        Assert.Equal(Url, citation.SourceUrl);
        Assert.Null(citation.QuotedTitle);
        Assert.Null(citation.DateText);
        Assert.Null(citation.Publisher);
        Assert.Empty(citation.References);
    }

    [Fact]
    public void LeavesJoinedByAndStayOneLevel()
    {
        var reference = Assert.Single(Parse($"\"T\", 1950, Wilson Center Digital Archive, APRF, Fond 45, Listy 5 and 6 {Url}").References);

        Assert.Equal("5 and 6", reference[ArchivalLevelKind.Listy]);
    }

    [Fact]
    public void APublisherInTheDatesPlaceIsNotTakenForADate()
    {
        var citation = Parse($"\"T\", Marshall Foundation Papers, Box 5 {Url}");

        Assert.Null(citation.DateText);
        Assert.Equal("Marshall Foundation Papers", citation.Publisher);
    }

    [Fact]
    public void AnUnreadableDateKeepsItsYear()
    {
        var citation = Parse($"\"T\", Juni 5, 1950, Wilson Center Digital Archive, APRF, Fond 45 {Url}");

        Assert.Equal("Juni 5, 1950", citation.DateText);
        Assert.Equal("Wilson Center Digital Archive", citation.Publisher);
    }
}
