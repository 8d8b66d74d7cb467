using System.Globalization;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>The record parser on records built inline, each test changing one part of a valid record.</summary>
public sealed class RecordParserTests
{
    private const string File = "records/rec.txt";

    private static readonly RecordText Valid = new();

    private static string Render(RecordText record, RecordFormat format) => record.Render(format);

    private static ArchiveDocument Parse(string text)
    {
        var result = RecordParser.Parse(text, File);
        Assert.True(result.IsSuccess, result.Rejection?.ToString());
        return result.Document!;
    }

    /// <summary>Parses a record expected to load without a date, and gives its warnings.</summary>
    private static (ArchiveDocument Doc, IReadOnlyList<RecordNotice> Warnings) ParseUndated(RecordText record)
    {
        var result = RecordParser.Parse(Render(record, RecordFormat.PlainText), File);
        Assert.True(result.IsSuccess, result.Rejection?.ToString());
        Assert.Null(result.Document!.Date);
        return (result.Document, result.Warnings);
    }

    private static RecordNotice Reject(string text)
    {
        var result = RecordParser.Parse(text, File);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Document);
        Assert.Equal(File, result.Rejection!.File);
        return result.Rejection;
    }

    private static void AssertRejected(string text, string expectedMessage, int? expectedLine)
    {
        var rejection = Reject(text);
        Assert.Equal(expectedMessage, rejection.Message);
        Assert.Equal(expectedLine, rejection.Line);
    }

    /// <summary>Every field the default <see cref="RecordText"/> gives, whatever the spelling of its text.</summary>
    private static void AssertDefaultFields(ArchiveDocument doc)
    {
        Assert.Equal("112082", doc.Id);
        Assert.Equal(RecordText.Title, doc.Title);
        Assert.Equal("November 20, 1950", doc.DateText);
        Assert.Equal("1950-11-20", doc.Date!.Iso);
        Assert.Equal(RecordText.CitationText(RecordText.QuotedTitle, RecordText.Date, RecordText.Url), doc.Citation.Text);
        Assert.Equal(RecordText.Url, doc.Citation.SourceUrl);
        Assert.Equal("Stalin agrees to train North Korean pilots.", doc.Summary);
        Assert.Equal("Russian", doc.OriginalLanguage);
        Assert.Equal("Translation - English", doc.ContentsLabel);
        Assert.Equal(File, doc.SourceFile);
    }

    public static TheoryData<RecordFormat> Formats => [RecordFormat.PlainText, RecordFormat.Markdown];

    // ---- A valid record ----

    [Theory]
    [MemberData(nameof(Formats))]
    public void AValidRecordInEitherVariantGivesEveryFieldAndNoWarning(RecordFormat format)
    {
        var result = RecordParser.Parse(Render(Valid, format), File);

        Assert.True(result.IsSuccess, result.Rejection?.ToString());
        AssertDefaultFields(result.Document!);
        Assert.Equal(format, result.Document!.Format);
        Assert.Equal("To Comrade SHTYKOV\n\nI have received your telegram.", result.Document.Body);
        Assert.Empty(result.Warnings);
    }

    // ---- Rejections ----

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n\t \r\n  \n")]
    [InlineData("\uFEFF")]
    public void EmptyOrWhiteSpaceTextIsRejectedAsEmpty(string text)
    {
        AssertRejected(text, "the file is empty (no text, only white space)", null);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AMissingCitationHeadingIsNamed(RecordFormat format)
    {
        AssertRejected(Render(Valid with { Citation = null }, format), "missing the required 'Citation:' heading", null);
    }

    [Theory]
    [InlineData(RecordFormat.PlainText, "Summary", "after 'Citation:' (line 3)")]
    [InlineData(RecordFormat.Markdown, "Summary", "after 'Citation:' (line 3)")]
    [InlineData(RecordFormat.PlainText, "Original Language", "after 'Summary:' (line 7)")]
    [InlineData(RecordFormat.Markdown, "Original Language", "after 'Summary:' (line 8)")]
    [InlineData(RecordFormat.PlainText, "Contents", "after 'Original Language:' (line 11)")]
    [InlineData(RecordFormat.Markdown, "Contents", "after 'Original Language:' (line 12)")]
    public void AMissingHeadingIsNamedWithThePreviousHeadingsLine(RecordFormat format, string heading, string where)
    {
        var record = Valid with { Order = RecordHeadings.Required.Where(h => h != heading).ToArray() };

        AssertRejected(Render(record, format), $"missing the required '{heading}:' heading {where}", null);
    }

    [Theory]
    [InlineData(new[] { "Summary", "Citation", "Original Language", "Contents" }, "Summary", "Citation", 3)]
    [InlineData(new[] { "Citation", "Original Language", "Summary", "Contents" }, "Original Language", "Summary", 7)]
    [InlineData(new[] { "Citation", "Summary", "Contents", "Original Language" }, "Contents", "Original Language", 11)]
    public void HeadingsOutOfOrderAreRejectedAtTheEarlyHeading(string[] order, string early, string previous, int line)
    {
        AssertRejected(
            Render(Valid with { Order = order }, RecordFormat.PlainText),
            $"the '{early}:' heading comes before '{previous}:'; the sections must be Citation, Summary, Original Language, Contents, in that order",
            line);
    }

    [Theory]
    [InlineData(RecordFormat.PlainText, "Citation", 3)]
    [InlineData(RecordFormat.Markdown, "Citation", 3)]
    [InlineData(RecordFormat.PlainText, "Summary", 7)]
    [InlineData(RecordFormat.Markdown, "Summary", 8)]
    [InlineData(RecordFormat.PlainText, "Original Language", 11)]
    [InlineData(RecordFormat.Markdown, "Original Language", 12)]
    public void AnEmptySectionIsRejectedAtItsHeading(RecordFormat format, string heading, int line)
    {
        var record = heading switch
        {
            "Citation" => Valid with { Citation = "" },
            "Summary" => Valid with { Summary = "" },
            _ => Valid with { Language = "" },
        };

        AssertRejected(Render(record, format), $"the '{heading}:' section is empty", line);
    }

    [Fact]
    public void ASectionOfOnlyBlankAndSpaceLinesIsEmpty()
    {
        AssertRejected(Render(Valid with { Summary = "   \n\t\n  " }, RecordFormat.PlainText), "the 'Summary:' section is empty", 7);
    }

    [Theory]
    [InlineData(RecordFormat.PlainText, 15)]
    [InlineData(RecordFormat.Markdown, 16)]
    public void ContentsWithNothingAfterItHasNoLabel(RecordFormat format, int line)
    {
        AssertRejected(
            Render(Valid with { Contents = "", Body = null }, format),
            "the 'Contents:' section has no label (such as 'Translation - English') before the body",
            line);
    }

    [Theory]
    [InlineData(RecordFormat.PlainText, 15)]
    [InlineData(RecordFormat.Markdown, 16)]
    public void ALabelWithNoBodyAfterItIsRejected(RecordFormat format, int line)
    {
        AssertRejected(Render(Valid with { Body = null }, format), "the record has no body text after its 'Contents:' label", line);
    }

    [Fact]
    public void ALabelFollowedOnlyByBlankLinesHasNoBody()
    {
        AssertRejected(Render(Valid with { Body = "  \n\n \t" }, RecordFormat.PlainText), "the record has no body text after its 'Contents:' label", 15);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ACitationWithoutASourceUrlIsRejected(RecordFormat format)
    {
        var citation = $"\"{RecordText.Title}\", November 20, 1950, Wilson Center Digital Archive, APRF, Fond 45";

        AssertRejected(
            Render(Valid with { Citation = citation }, format),
            "its citation has no source URL (http:// or https://) at the end, so the record has no stable id",
            3);
    }

    private const string BadCharacters = "' in its source URL has characters a permalink cannot carry (letters, digits, '.', '_', '~', '-' only)";

    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/", "its source URL 'https://digitalarchive.wilsoncenter.org/' has no document identifier in its path")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/caf%C3%A9", "the document identifier 'café" + BadCharacters)]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/a%20b", "the document identifier 'a b" + BadCharacters)]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/-leading-dash", "the document identifier '-leading-dash" + BadCharacters)]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/a..b", "the document identifier 'a..b" + BadCharacters)]
    [InlineData("https://digitalarchive.wilsoncenter.org:99999/document/1", "its source URL 'https://digitalarchive.wilsoncenter.org:99999/document/1' is not a valid http(s) URL")]
    public void ASourceUrlWithNoUsableIdIsRejectedNamingTheProblem(string url, string message)
    {
        AssertRejected(Render(Valid.WithUrl(url), RecordFormat.PlainText), message, 3);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ARecordWithNoHeaderAndNoQuotedTitleHasNoTitle(RecordFormat format)
    {
        var citation = $"November 20, 1950, Wilson Center Digital Archive, APRF, Fond 45 {RecordText.Url}";

        AssertRejected(
            Render(Valid with { Header = null, Citation = citation }, format),
            "the record has no title: no heading above 'Citation:' and no quoted title in the citation",
            1);
    }

    [Fact]
    public void EveryRejectionReadsAsFileLineAndReason()
    {
        var rejection = Reject(Render(Valid with { Summary = "" }, RecordFormat.PlainText));

        Assert.Equal("records/rec.txt, line 7: the 'Summary:' section is empty", rejection.ToString());
    }

    // ---- Robustness ----

    public static TheoryData<string, RecordFormat> Spellings()
    {
        var data = new TheoryData<string, RecordFormat>();
        foreach (var name in Respellings.Keys)
        {
            data.Add(name, RecordFormat.PlainText);
            data.Add(name, RecordFormat.Markdown);
        }

        return data;
    }

    private static readonly Dictionary<string, Func<string, string>> Respellings = new()
    {
        ["byte-order mark"] = text => "\uFEFF" + text,
        ["CRLF"] = text => text.Replace("\n", "\r\n", StringComparison.Ordinal),
        ["lone CR"] = text => text.Replace('\n', '\r'),
        ["trailing spaces"] = text => text.Replace("\n", "   \n", StringComparison.Ordinal),
        ["extra blank lines"] = text => "\n\n" + text.Replace("\n\n", "\n\n\n \n", StringComparison.Ordinal) + "\n\n\n",
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void RespellingTheWhiteSpaceChangesNoField(string respelling, RecordFormat format)
    {
        var doc = Parse(Respellings[respelling](Render(Valid, format)));

        AssertDefaultFields(doc);
        Assert.Equal(format, doc.Format);
    }

    [Theory]
    [InlineData("byte-order mark")]
    [InlineData("CRLF")]
    [InlineData("lone CR")]
    public void TheBodyComesOutWithLfLineEndingsAndNoByteOrderMark(string respelling)
    {
        var doc = Parse(Respellings[respelling](Render(Valid, RecordFormat.PlainText)));

        Assert.Equal("To Comrade SHTYKOV\n\nI have received your telegram.", doc.Body);
    }

    [Theory]
    [InlineData("\"Telegram from Stalin to Kim Il Sung\"")]
    [InlineData("\"Telegram from Stalin to Kim Il Sung,\"")]
    [InlineData("“Telegram from Stalin to Kim Il Sung”")]
    [InlineData("“Telegram from Stalin to Kim Il Sung,”")]
    [InlineData("«Telegram from Stalin to Kim Il Sung»")]
    public void StraightAndCurlyQuotesGiveTheSameQuotedTitle(string quoted)
    {
        var doc = Parse(Render(Valid.WithQuotedTitle(quoted), RecordFormat.PlainText));

        Assert.Equal(RecordText.Title, doc.Citation.QuotedTitle);
        Assert.Equal(RecordText.Title, doc.Title);
        Assert.Equal("November 20, 1950", doc.Citation.DateText);
        Assert.Equal("Wilson Center Digital Archive", doc.Citation.Publisher);
    }

    [Theory]
    [InlineData("\"Report on \"Operation Strangle\"\"", "Report on \"Operation Strangle\"")]
    [InlineData("“Report on “Operation Strangle”,”", "Report on “Operation Strangle”")]
    [InlineData("\"Kim's \"Offensive,\" Continued\"", "Kim's \"Offensive,\" Continued")]
    public void QuotesInsideTheQuotedTitleStayInTheTitle(string quoted, string title)
    {
        var doc = Parse(Render(Valid.WithQuotedTitle(quoted), RecordFormat.PlainText));

        Assert.Equal(title, doc.Citation.QuotedTitle);
        Assert.Equal(title, doc.Title);
        Assert.Equal("November 20, 1950", doc.DateText);
    }

    [Theory]
    [InlineData("**{0}**:", RecordFormat.Markdown)]
    [InlineData("__{0}:__", RecordFormat.Markdown)]
    [InlineData("## {0}:", RecordFormat.PlainText)]
    [InlineData("### **{0}:**", RecordFormat.Markdown)]
    [InlineData("  {0} :  ", RecordFormat.PlainText)]
    public void HeadingsAreFoundInEveryAcceptedSpelling(string headingFormat, RecordFormat format)
    {
        var doc = Parse(Render(Valid with { HeadingFormat = headingFormat }, format));

        AssertDefaultFields(doc);
        Assert.Equal(format, doc.Format);
    }

    [Theory]
    [InlineData(RecordFormat.PlainText, true)]
    [InlineData(RecordFormat.PlainText, false)]
    [InlineData(RecordFormat.Markdown, true)]
    [InlineData(RecordFormat.Markdown, false)]
    public void HeadingsAreFoundInAnyCase(RecordFormat format, bool upper)
    {
        var text = RecordHeadings.Required.Aggregate(
            Render(Valid, format),
            (t, h) => t.Replace(h + ":", upper ? h.ToUpperInvariant() + ":" : h.ToLowerInvariant() + ":", StringComparison.Ordinal));

        var doc = Parse(text);

        AssertDefaultFields(doc);
        Assert.Equal(format, doc.Format);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ABodyLineReadingSummaryStaysInTheBody(RecordFormat format)
    {
        var body = "First paragraph.\n\nSummary:\n\nThe telegram's own summary.\n\nContents:\n\nEnd.";

        var doc = Parse(Render(Valid with { Body = body }, format));

        Assert.Equal(body, doc.Body);
        Assert.Equal("Stalin agrees to train North Korean pilots.", doc.Summary);
        Assert.Equal("Translation - English", doc.ContentsLabel);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheDateInFrontOfTheHeaderIsNotPartOfTheTitle(RecordFormat format)
    {
        var doc = Parse(Render(Valid, format));

        Assert.Equal("Telegram from Stalin to Kim Il Sung", doc.Title);
    }

    [Fact]
    public void AHeaderOverSeveralLinesIsJoinedIntoOneTitle()
    {
        var doc = Parse(Render(Valid with { Header = "November 20, 1950\nTelegram from Stalin\nto Kim Il Sung" }, RecordFormat.PlainText));

        Assert.Equal(RecordText.Title, doc.Title);
    }

    [Fact]
    public void AHeaderThatIsOnlyTheDateFallsBackToTheQuotedTitle()
    {
        var citation = RecordText.CitationText("\"Quoted Title\"", RecordText.Date, RecordText.Url);

        var doc = Parse(Render(Valid with { Header = RecordText.Date, Citation = citation }, RecordFormat.PlainText));

        Assert.Equal("Quoted Title", doc.Title);
    }

    [Fact]
    public void AHeaderStartingWithOtherDigitsThanTheDateKeepsThem()
    {
        // "1950" is the citation's date, but "1950s" is a word of the title, not the date in front of it.
        var doc = Parse(Render(Valid.Dated("1950") with { Header = "1950s Air Training" }, RecordFormat.PlainText));

        Assert.Equal("1950s Air Training", doc.Title);
    }

    [Theory]
    [InlineData("November 20, 1950", "1950-11-20", "1950-11-20", "1950-11-20", DatePrecision.Day, false)]
    [InlineData("November 1950", "1950-11", "1950-11-01", "1950-11-30", DatePrecision.Month, false)]
    [InlineData("1950", "1950", "1950-01-01", "1950-12-31", DatePrecision.Year, false)]
    [InlineData("January 26, 1955 - January 27, 1955", "1955-01-26/1955-01-27", "1955-01-26", "1955-01-27", DatePrecision.Day, true)]
    public void TheCitationDateKeepsItsPrecision(string date, string iso, string start, string end, DatePrecision precision, bool isRange)
    {
        var result = RecordParser.Parse(Render(Valid.Dated(date), RecordFormat.PlainText), File);

        var doc = result.Document!;
        Assert.Equal(date, doc.DateText);
        Assert.Equal(date, doc.Date!.Text);
        Assert.Equal(iso, doc.Date.Iso);
        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), doc.Date.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), doc.Date.End);
        Assert.Equal(precision, doc.Date.Precision);
        Assert.Equal(isRange, doc.Date.IsRange);
        Assert.Equal(RecordText.Title, doc.Title);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("undated")]
    [InlineData("Undated")]
    [InlineData("n.d.")]
    public void AnUndatedRecordHasNoDateAndNoWarning(string undated)
    {
        var (doc, warnings) = ParseUndated(Valid.Dated(undated));

        Assert.Equal(undated, doc.DateText);
        Assert.Equal(RecordText.Title, doc.Title);
        Assert.Empty(warnings);
    }

    [Theory]
    [InlineData("February 30, 1950")]
    [InlineData("November 31, 1950")]
    [InlineData("Novembre 1950")]
    public void AnUnreadableDateIsServedAsUndatedWithAWarningNamingIt(string date)
    {
        var (doc, warnings) = ParseUndated(Valid.Dated(date));

        Assert.Equal(date, doc.DateText);
        Assert.Equal(RecordText.Title, doc.Title);
        var warning = Assert.Single(warnings);
        Assert.Equal(new RecordNotice(File, $"the citation's date '{date}' is not a recognised calendar date; the record is served as undated", 3), warning);
    }

    [Fact]
    public void ACitationWithNoDateIsServedAsUndatedWithAWarning()
    {
        var citation = $"\"{RecordText.Title}\", Wilson Center Digital Archive, APRF {RecordText.Url}";

        var (doc, warnings) = ParseUndated(Valid with { Citation = citation });

        Assert.Null(doc.Citation.DateText);
        Assert.Equal("undated", doc.DateText);
        var warning = Assert.Single(warnings);
        Assert.StartsWith("the citation gives no date after its quoted title", warning.Message, StringComparison.Ordinal);
        Assert.Equal(3, warning.Line);
    }

    [Theory]
    [InlineData("https://history.state.gov/historicaldocuments/frus1955-57v02/d7", "frus1955-57v02-d7")]
    [InlineData("https://history.state.gov/historicaldocuments/frus1961-63v17/d245", "frus1961-63v17-d245")]
    [InlineData("https://HISTORY.state.gov/HistoricalDocuments/frus1955-57v02/d7", "frus1955-57v02-d7")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/telegram-from-stalin", "telegram-from-stalin")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/112082/", "112082")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/112082?lang=en", "112082")]
    [InlineData("http://digitalarchive.wilsoncenter.org/document/112082.", "112082")]
    public void TheIdComesFromTheSourceUrl(string url, string id)
    {
        var doc = Parse(Render(Valid.WithUrl(url), RecordFormat.PlainText));

        Assert.Equal(id, doc.Id);
    }

    [Fact]
    public void AMarkdownCitationIsJoinedAndLosesItsMarkup()
    {
        var doc = Parse(Render(Valid with { Citation = $"\"{RecordText.Title}\", **November 20, 1950**, Wilson Center Digital Archive\\\nAPRF, Fond 45 <{RecordText.Url}>" }, RecordFormat.Markdown));

        Assert.Equal($"\"{RecordText.Title}\", November 20, 1950, Wilson Center Digital Archive APRF, Fond 45 {RecordText.Url}", doc.Citation.Text);
        Assert.Equal("November 20, 1950", doc.DateText);
    }
}
