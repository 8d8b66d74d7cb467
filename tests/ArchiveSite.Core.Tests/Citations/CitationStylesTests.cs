using ArchiveSite.Core.Citations;
using static ArchiveSite.Core.Tests.Citations.CitationSamples;

namespace ArchiveSite.Core.Tests.Citations;

/// <summary>Chicago, MLA and APA citations of the seeds, word for word: correspondence led by its sender, a record without one by its title, and dates at every precision.</summary>
public sealed class CitationStylesTests
{
    [Fact]
    public void ChicagoNoteNamesSenderToRecipientTheArchivalLocationTheDigitalCopyAndTheAccessDate()
    {
        Assert.Equal(
            "Joseph Stalin to Kim Il Sung (via Terentii Shtykov), telegram, November 20, 1950, APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166, Wilson Center Digital Archive, ArchiveSite, accessed November 23, 2026, https://archive.example.org/documents/112082.",
            CitationStyles.ChicagoNote(Seed("112082")).PlainText);
    }

    [Fact]
    public void ChicagoNoteOfAPassageGivesItsParagraphAfterTheDate()
    {
        var context = Seed("112082") with { Permalink = "https://archive.example.org/documents/112082/v/0123456789ab#p3" };

        Assert.Equal(
            "Joseph Stalin to Kim Il Sung (via Terentii Shtykov), telegram, November 20, 1950, ¶ 3, APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166, Wilson Center Digital Archive, ArchiveSite, accessed November 23, 2026, https://archive.example.org/documents/112082/v/0123456789ab#p3.",
            CitationStyles.ChicagoNote(context, "¶ 3").PlainText);
    }

    [Fact]
    public void ChicagoBibliographyLeadsWithTheSenderInvertedAndSeparatesThePartsWithPeriods()
    {
        // The telegram is Shtykov's to Gromyko: Kim Il Sung wrote the message it transmits, not the telegram.
        Assert.Equal(
            "Shtykov, Terentii. Telegram to Andrei Gromyko, November 17, 1950. APRF, Fond 45, Opis 1, Delo 347, Listy 88-89 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 180-181. History and Public Policy Program Digital Archive. ArchiveSite. Accessed November 23, 2026. https://archive.example.org/documents/112079.",
            CitationStyles.ChicagoBibliography(Seed("112079")).PlainText);
    }

    [Fact]
    public void MlaLeadsWithTheAuthorAbbreviatesMonthsDropsTheSchemeAndItalicisesTheContainers()
    {
        var mla = CitationStyles.Mla(Seed("112082"));

        Assert.Equal(
            "Stalin, Joseph. \u201CTelegram from Stalin to Kim II Sung, via Shtykov.\u201D 20 Nov. 1950. APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166. Wilson Center Digital Archive, ArchiveSite, archive.example.org/documents/112082. Accessed 23 Nov. 2026.",
            mla.PlainText);
        Assert.Equal(["Wilson Center Digital Archive", "ArchiveSite"], mla.Runs.Where(r => r.Italic).Select(r => r.Text));
    }

    [Fact]
    public void ApaLeadsWithTheAuthorsInitialsThenTheDateYearFirstAndTheItalicTitle()
    {
        var apa = CitationStyles.Apa(Seed("112082"));

        Assert.Equal(
            "Stalin, J. (1950, November 20). Telegram from Stalin to Kim II Sung, via Shtykov. APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166. Wilson Center Digital Archive; ArchiveSite. Retrieved November 23, 2026, from https://archive.example.org/documents/112082",
            apa.PlainText);
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", Assert.Single(apa.Runs, r => r.Italic).Text);
    }

    [Theory]
    // An office without its article, the kind of document in lower case after it.
    [InlineData("Telegram 1665 From the Department of State to the Embassy in Italy",
        "Department of State to Embassy in Italy, telegram 1665, November 20, 1950, APRF,",
        "Department of State. Telegram 1665 to Embassy in Italy, November 20, 1950. APRF,",
        "Department of State. \u201CTelegram 1665 From the Department of State to the Embassy in Italy.\u201D 20 Nov. 1950.",
        "Department of State. (1950, November 20). Telegram 1665 From")]
    // An older FRUS heading says no kind, and none is given.
    [InlineData("The Secretary of State to the Embassy in Canada",
        "Secretary of State to Embassy in Canada, November 20, 1950, APRF,",
        "Secretary of State. To Embassy in Canada, November 20, 1950. APRF,",
        "Secretary of State. \u201CThe Secretary of State to the Embassy in Canada.\u201D 20 Nov. 1950.",
        "Secretary of State. (1950, November 20). The Secretary of State")]
    // A name whose family name comes first is not inverted (APA gives every name as family and initials).
    [InlineData("Letter from Kim Il Sung to Stalin",
        "Kim Il Sung to Joseph Stalin, letter, November 20, 1950,",
        "Kim Il Sung. Letter to Joseph Stalin, November 20, 1950.",
        "Kim Il Sung. \u201CLetter from Kim Il Sung to Stalin.\u201D",
        "Kim, I. S. (1950, November 20).")]
    // A record whose sender is not known leads with its title.
    [InlineData("Memorandum of Conversation",
        "\u201CMemorandum of Conversation,\u201D November 20, 1950, APRF,",
        "\u201CMemorandum of Conversation.\u201D November 20, 1950. APRF,",
        "\u201CMemorandum of Conversation.\u201D 20 Nov. 1950. APRF,",
        "Memorandum of Conversation. (1950, November 20). APRF,")]
    public void EachStyleLeadsWithTheSenderAsItsRulesSayOrElseWithTheTitle(string title, string chicagoNote, string chicagoBibliography, string mla, string apa)
    {
        var record = Titled(title);

        Assert.StartsWith(chicagoNote, CitationStyles.ChicagoNote(record).PlainText, StringComparison.Ordinal);
        Assert.StartsWith(chicagoBibliography, CitationStyles.ChicagoBibliography(record).PlainText, StringComparison.Ordinal);
        Assert.StartsWith(mla, CitationStyles.Mla(record).PlainText, StringComparison.Ordinal);
        Assert.StartsWith(apa, CitationStyles.Apa(record).PlainText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("November 20, 1950", "November 20, 1950", "20 Nov. 1950", "1950, November 20")]
    [InlineData("November 1950", "November 1950", "Nov. 1950", "1950, November")]
    [InlineData("June 1950", "June 1950", "June 1950", "1950, June")]
    [InlineData("September 3, 1950", "September 3, 1950", "3 Sept. 1950", "1950, September 3")]
    [InlineData("1949", "1949", "1949", "1949")]
    [InlineData("January 26, 1955 - January 27, 1955", "January 26–27, 1955", "26–27 Jan. 1955", "1955, January 26–27")]
    [InlineData("November 20, 1950 - December 3, 1950", "November 20–December 3, 1950", "20 Nov. 1950–3 Dec. 1950", "1950, November 20–December 3")]
    [InlineData("December 30, 1950 - January 2, 1951", "December 30, 1950–January 2, 1951", "30 Dec. 1950–2 Jan. 1951", "1950, December 30–1951, January 2")]
    [InlineData("November 20, 1950 - December 1950", "November 20, 1950–December 1950", "20 Nov. 1950–Dec. 1950", "1950, November 20–1950, December")]
    [InlineData("1950 – 1953", "1950–1953", "1950–1953", "1950–1953")]
    public void DatesKeepTheirPrecisionInEveryStyle(string written, string chicago, string mla, string apa)
    {
        var date = Date(written);

        Assert.Equal(chicago, CitationStyles.ChicagoDate(date));
        Assert.Equal(mla, CitationStyles.MlaDate(date));
        Assert.Equal(apa, CitationStyles.ApaDate(date));
    }

    [Fact]
    public void AnUndatedRecordIsCitedWithoutADate()
    {
        Assert.Equal("n.d.", CitationStyles.ChicagoDate(null));
        Assert.Null(CitationStyles.MlaDate(null));
        Assert.Equal("n.d.", CitationStyles.ApaDate(null));
    }

    [Fact]
    public void ATitleEndingInAQuestionMarkTakesNoSecondPunctuation()
    {
        var context = Titled("Who Lost China?");

        Assert.StartsWith("\u201CWho Lost China?\u201D November 20, 1950,", CitationStyles.ChicagoNote(context).PlainText, StringComparison.Ordinal);
        Assert.StartsWith("\u201CWho Lost China?\u201D 20 Nov. 1950.", CitationStyles.Mla(context).PlainText, StringComparison.Ordinal);
        Assert.StartsWith("Who Lost China? (1950, November 20).", CitationStyles.Apa(context).PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void ARecordWithoutArchivalReferencesLeavesTheLocationOut()
    {
        var context = Seed("112082");
        context = context with { Document = context.Document with { Citation = context.Document.Citation with { References = [] } } };

        Assert.Contains("November 20, 1950, Wilson Center Digital Archive, ArchiveSite,", CitationStyles.ChicagoNote(context).PlainText, StringComparison.Ordinal);
        Assert.Contains("20 Nov. 1950. Wilson Center Digital Archive, ArchiveSite,", CitationStyles.Mla(context).PlainText, StringComparison.Ordinal);
    }
}
