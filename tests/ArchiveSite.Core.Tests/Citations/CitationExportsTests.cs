using ArchiveSite.Core.Citations;
using static ArchiveSite.Core.Tests.Citations.CitationSamples;

namespace ArchiveSite.Core.Tests.Citations;

/// <summary>
/// BibTeX, RIS and CSL-JSON exports: the seed's file word for word, and every export read back
/// by citation-js (a real parser of each format) to the same author, recipient, title, dates,
/// archive and links.
/// </summary>
public sealed class CitationExportsTests
{
    private const string Location = "APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166";

    [Fact]
    public void TheBibTeXEntryOfASeed()
    {
        Assert.Equal(
            """
            @unpublished{archivesite_112082,
              author = {Stalin, Joseph},
              title = {{Telegram from Stalin to Kim II Sung, via Shtykov}},
              date = {1950-11-20},
              year = {1950},
              month = nov,
              howpublished = {Wilson Center Digital Archive},
              note = {APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166},
              url = {https://archive.example.org/documents/112082},
              urldate = {2026-11-23},
              language = {Russian},
              abstract = {Stalin agrees to train North Korean pilots, but in China, not in the Soviet Union, as Kim II Sung previously suggested.}
            }

            """.ReplaceLineEndings("\n"),
            CitationExports.BibTeX([Seed("112082")]));
    }

    [Fact]
    public void BibLaTeXReadsBackEveryField()
    {
        var item = Assert.Single(CitationJs.Parse("biblatex", CitationExports.BibTeX([Seed("112082")])).Items);

        Assert.Equal("manuscript", CitationJs.Text(item, "type"));
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", CitationJs.Text(item, "title"));
        Assert.Equal([[1950, 11, 20]], CitationJs.DateParts(item, "issued"));
        Assert.Equal([[2026, 11, 23]], CitationJs.DateParts(item, "accessed"));
        Assert.Equal("https://archive.example.org/documents/112082", CitationJs.Text(item, "URL"));
        Assert.Equal("Wilson Center Digital Archive", CitationJs.Text(item, "publisher"));
        Assert.Equal(Location, CitationJs.Text(item, "note"));
        Assert.Equal("Russian", CitationJs.Text(item, "language"));
    }

    [Fact]
    public void ClassicBibTeXReadsTheYearAndMonth()
    {
        var item = Assert.Single(CitationJs.Parse("bibtex", CitationExports.BibTeX([Seed("112079")])).Items);

        Assert.Equal([[1950, 11]], CitationJs.DateParts(item, "issued"));
        Assert.Equal("Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin", CitationJs.Text(item, "title"));
    }

    [Fact]
    public void LaTeXSpecialCharactersSurviveTheRoundTrip()
    {
        var seed = Seed("112082");
        const string title = "Memo on 50% of F_1 & {drafts} #3 at $5 ^ ~ \\ ends";
        seed = seed with { Document = seed.Document with { Citation = seed.Document.Citation with { QuotedTitle = title } } };

        var item = Assert.Single(CitationJs.Parse("biblatex", CitationExports.BibTeX([seed])).Items);

        Assert.Equal(title, CitationJs.Text(item, "title"));
    }

    [Fact]
    public void TheRisRecordOfASeed()
    {
        Assert.Equal(
            "TY  - MANSCPT\r\nID  - archivesite_112082\r\nAU  - Stalin, Joseph\r\nTI  - Telegram from Stalin to Kim II Sung, via Shtykov\r\nDA  - 1950/11/20/\r\nPY  - 1950\r\n" +
            "PB  - APRF; AVPRF\r\nAV  - " + Location + "\r\nDB  - Wilson Center Digital Archive\r\nDP  - Wilson Center Digital Archive\r\nUR  - https://archive.example.org/documents/112082\r\n" +
            "Y2  - 2026/11/23/\r\nLA  - Russian\r\nAB  - Stalin agrees to train North Korean pilots, but in China, not in the Soviet Union, as Kim II Sung previously suggested.\r\n" +
            "N1  - Addressed to Kim Il Sung, via Terentii Shtykov.\r\nER  - \r\n\r\n",
            CitationExports.Ris([Seed("112082")]));
    }

    [Fact]
    public void RisReadsBackTheArchiveAndItsLocation()
    {
        var item = Assert.Single(CitationJs.Parse("ris", CitationExports.Ris([Seed("112082")])).Items);

        Assert.Equal("manuscript", CitationJs.Text(item, "type"));
        Assert.Equal("APRF; AVPRF", CitationJs.Text(item, "archive"));
        Assert.Equal(Location, CitationJs.Text(item, "archive_location"));
        Assert.Equal("Wilson Center Digital Archive", CitationJs.Text(item, "source"));
        Assert.Equal([[1950, 11, 20]], CitationJs.DateParts(item, "issued"));
        Assert.Equal([[2026, 11, 23]], CitationJs.DateParts(item, "accessed"));
        Assert.Equal("https://archive.example.org/documents/112082", CitationJs.Text(item, "URL"));
    }

    [Fact]
    public void CslJsonIsAManuscriptWithArchiveAndArchiveLocation()
    {
        var (items, bibliography) = CitationJs.Parse("csl", CitationExports.CslJson([Seed("112082")]), style: "apa");

        var item = Assert.Single(items);
        Assert.Equal("manuscript", CitationJs.Text(item, "type"));
        Assert.Equal("APRF; AVPRF", CitationJs.Text(item, "archive"));
        Assert.Equal(Location, CitationJs.Text(item, "archive_location"));
        Assert.Equal([[1950, 11, 20]], CitationJs.DateParts(item, "issued"));
        // A CSL processor formats it: the APA bibliography names the title and the permalink.
        Assert.Contains("Telegram from Stalin to Kim II Sung, via Shtykov", bibliography, StringComparison.Ordinal);
        Assert.Contains("https://archive.example.org/documents/112082", bibliography, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("November 1950", "1950/11//", new[] { 1950, 11 })]
    [InlineData("1949", "1949///", new[] { 1949 })]
    public void ADateKeepsItsPrecisionInEveryFormat(string date, string ris, int[] parts)
    {
        var record = Dated(date);

        Assert.Contains($"DA  - {ris}\r\n", CitationExports.Ris([record]), StringComparison.Ordinal);
        Assert.Equal([parts], CitationJs.DateParts(Assert.Single(CitationJs.Parse("csl", CitationExports.CslJson([record])).Items), "issued"));
        Assert.Equal([parts], CitationJs.DateParts(Assert.Single(CitationJs.Parse("ris", CitationExports.Ris([record])).Items), "issued"));
        Assert.Equal([parts], CitationJs.DateParts(Assert.Single(CitationJs.Parse("biblatex", CitationExports.BibTeX([record])).Items), "issued"));
    }

    [Fact]
    public void ARangeExportsBothEndsWhereTheFormatCan()
    {
        var record = Dated("January 26, 1955 - January 27, 1955");

        Assert.Equal([[1955, 1, 26], [1955, 1, 27]], CitationJs.DateParts(Assert.Single(CitationJs.Parse("csl", CitationExports.CslJson([record])).Items), "issued"));
        Assert.Equal([[1955, 1, 26], [1955, 1, 27]], CitationJs.DateParts(Assert.Single(CitationJs.Parse("biblatex", CitationExports.BibTeX([record])).Items), "issued"));
        Assert.DoesNotContain("month =", CitationExports.BibTeX([record]), StringComparison.Ordinal);
        Assert.Contains("N1  - Addressed to Kim Il Sung, via Terentii Shtykov. Dated January 26, 1955 - January 27, 1955 (1955-01-26/1955-01-27).\r\n", CitationExports.Ris([record]), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUndatedRecordExportsNoDate()
    {
        var seed = Seed("112082");
        var undated = seed with { Document = seed.Document with { Date = null } };

        Assert.False(Assert.Single(CitationJs.Parse("csl", CitationExports.CslJson([undated])).Items).TryGetProperty("issued", out _));
        Assert.DoesNotContain("  date =", CitationExports.BibTeX([undated]), StringComparison.Ordinal);
        Assert.DoesNotContain("DA  -", CitationExports.Ris([undated]), StringComparison.Ordinal);
    }

    [Fact]
    public void AResultListIsOneFileWithEveryRecord()
    {
        CitationContext[] both = [Seed("112082"), Seed("112079")];

        foreach (var (format, text) in new[] { ("biblatex", CitationExports.BibTeX(both)), ("ris", CitationExports.Ris(both)), ("csl", CitationExports.CslJson(both)) })
        {
            var ids = CitationJs.Parse(format, text).Items.Select(i => CitationJs.Text(i, "id")).ToArray();
            Assert.True(ids.SequenceEqual(["archivesite_112082", "archivesite_112079"]), $"{format}: {string.Join(", ", ids)}");
        }
    }

    [Theory]
    [InlineData("biblatex")]
    [InlineData("ris")]
    [InlineData("csl")]
    public void EveryFormatReadsBackTheSenderAsAPersonalAuthor(string format)
    {
        var item = Assert.Single(CitationJs.Parse(format, Export(format, Seed("112082"))).Items);

        var author = Assert.Single(item.GetProperty("author").EnumerateArray());
        Assert.Equal("Stalin", CitationJs.Text(author, "family"));
        Assert.Equal("Joseph", CitationJs.Text(author, "given"));
    }

    [Fact]
    public void CslJsonReadsBackTheRecipientFamilyNameFirstAndTheIntermediaryInTheNote()
    {
        var (items, bibliography) = CitationJs.Parse("csl", CitationExports.CslJson([Seed("112082")]), style: "apa");

        var item = Assert.Single(items);
        var recipient = Assert.Single(item.GetProperty("recipient").EnumerateArray());
        Assert.Equal("Kim", CitationJs.Text(recipient, "family"));
        Assert.Equal("Il Sung", CitationJs.Text(recipient, "given"));
        Assert.True(recipient.GetProperty("static-ordering").GetBoolean());
        Assert.Equal("Via Terentii Shtykov.", CitationJs.Text(item, "note"));
        // A CSL processor leads the APA entry with the author.
        Assert.StartsWith("Stalin, J. (1950).", bibliography, StringComparison.Ordinal);
    }

    [Fact]
    public void RisReadsBackTheRecipientAndIntermediaryInItsNote()
    {
        var item = Assert.Single(CitationJs.Parse("ris", CitationExports.Ris([Seed("112082")])).Items);

        Assert.Equal("Addressed to Kim Il Sung, via Terentii Shtykov.", CitationJs.Text(item, "note"));
    }

    [Fact]
    public void ATransmittedMessagesWriterIsNoAuthor()
    {
        var item = Assert.Single(CitationJs.Parse("csl", CitationExports.CslJson([Seed("112079")])).Items);

        Assert.Equal(["Shtykov"], item.GetProperty("author").EnumerateArray().Select(a => CitationJs.Text(a, "family")));
        Assert.Equal(["Gromyko"], item.GetProperty("recipient").EnumerateArray().Select(a => CitationJs.Text(a, "family")));
    }

    [Fact]
    public void AnOfficeIsAnAuthorKeptWholeInEveryFormat()
    {
        var record = Titled("Telegram From the Department of State to the Embassy in Italy");

        Assert.Contains("  author = {{Department of State}},\n", CitationExports.BibTeX([record]), StringComparison.Ordinal);
        Assert.Contains("AU  - Department of State\r\n", CitationExports.Ris([record]), StringComparison.Ordinal);
        Assert.Equal("Department of State", AuthorRead("biblatex", record).GetProperty("family").GetString());
        Assert.Equal("Department of State", AuthorRead("ris", record).GetProperty("literal").GetString());
        Assert.Equal("Department of State", AuthorRead("csl", record).GetProperty("literal").GetString());
        var recipient = Assert.Single(Assert.Single(CitationJs.Parse("csl", CitationExports.CslJson([record])).Items).GetProperty("recipient").EnumerateArray());
        Assert.Equal("Embassy in Italy", recipient.GetProperty("literal").GetString());
    }

    [Theory]
    [InlineData("Memorandum of Conversation")]
    [InlineData("Editorial Note")]
    public void ARecordWhoseSenderIsNotKnownHasNoAuthorInAnyFormat(string title)
    {
        var record = Titled(title);

        Assert.DoesNotContain("author =", CitationExports.BibTeX([record]), StringComparison.Ordinal);
        Assert.DoesNotContain("AU  -", CitationExports.Ris([record]), StringComparison.Ordinal);
        foreach (var format in new[] { "biblatex", "ris", "csl" })
        {
            var item = Assert.Single(CitationJs.Parse(format, Export(format, record)).Items);
            Assert.False(item.TryGetProperty("author", out _), format);
            Assert.False(item.TryGetProperty("recipient", out _), format);
        }
    }

    [Fact]
    public void RisAndCslJsonNameThePublisherOfTheDigitalCopyBesideTheArchive()
    {
        var csl = Assert.Single(CitationJs.Parse("csl", CitationExports.CslJson([Seed("112082")])).Items);

        Assert.Equal("Wilson Center Digital Archive", CitationJs.Text(csl, "publisher"));
        Assert.Equal("APRF; AVPRF", CitationJs.Text(csl, "archive"));
        // citation-js has no field for RIS's database provider; Zotero reads it as the Library Catalog.
        Assert.Contains("DP  - Wilson Center Digital Archive\r\n", CitationExports.Ris([Seed("112082")]), StringComparison.Ordinal);
    }

    private static string Export(string format, CitationContext record) => format switch
    {
        "biblatex" => CitationExports.BibTeX([record]),
        "ris" => CitationExports.Ris([record]),
        _ => CitationExports.CslJson([record]),
    };

    private static System.Text.Json.JsonElement AuthorRead(string format, CitationContext record) =>
        Assert.Single(Assert.Single(CitationJs.Parse(format, Export(format, record)).Items).GetProperty("author").EnumerateArray());

    [Fact]
    public void NamesInOtherScriptsStayReadableInCslJson()
    {
        var seed = Seed("112082");
        var cyrillic = seed with { Document = seed.Document with { Citation = seed.Document.Citation with { QuotedTitle = "Телеграмма Сталина Ким Ир Сену" } } };

        var json = CitationExports.CslJson([cyrillic]);

        Assert.Contains("Телеграмма Сталина Ким Ир Сену", json, StringComparison.Ordinal);
        Assert.Equal("Телеграмма Сталина Ким Ир Сену", CitationJs.Text(Assert.Single(CitationJs.Parse("csl", json).Items), "title"));
    }
}
