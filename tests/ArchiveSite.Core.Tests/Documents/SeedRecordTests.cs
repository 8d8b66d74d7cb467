using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>Every field of both seed records, parsed from the files as shipped.</summary>
public sealed class SeedRecordTests
{
    private static ArchiveDocument Load(string id)
    {
        var path = RepositoryPaths.Seed(id);
        var result = DocumentLoader.LoadFile(path, Path.GetFileName(path));
        Assert.True(result.IsSuccess, result.Rejection?.ToString());
        return result.Document!;
    }

    [Fact]
    public void PlainTextSeedHasEveryField()
    {
        var doc = Load("112082");

        Assert.Equal("112082", doc.Id);
        Assert.Equal(RecordFormat.PlainText, doc.Format);
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", doc.Title);
        Assert.Equal("November 20, 1950", doc.DateText);
        Assert.Equal(new DateOnly(1950, 11, 20), doc.Date!.Start);
        Assert.Equal(DatePrecision.Day, doc.Date.Precision);
        Assert.Equal("1950-11-20", doc.Date.Iso);
        Assert.Equal("Stalin agrees to train North Korean pilots, but in China, not in the Soviet Union, as Kim II Sung previously suggested.", doc.Summary);
        Assert.Equal("Russian", doc.OriginalLanguage);
        Assert.Equal("Translation - English", doc.ContentsLabel);
        Assert.StartsWith("8th Department of the General Staff of the Armed Forces USSR CIPHERED TELEGRAM No. 75835\n\nTo Comrade SHTYKOV", doc.Body, StringComparison.Ordinal);
        Assert.EndsWith("FYN SI [Stalin].\n\nNo. 4/7556 20 November 1950 Copies: Bulganin, Shtemenko, Stalin.", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainTextSeedCitationIsKeptAsWrittenWithItsParts()
    {
        var citation = Load("112082").Citation;

        Assert.Equal(
            "\"Telegram from Stalin to Kim II Sung, via Shtykov\", November 20, 1950, Wilson Center Digital Archive, APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166 https://wilson-center-digital-archive.dvincitest.com/document/112082",
            citation.Text);
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", citation.QuotedTitle);
        Assert.Equal("November 20, 1950", citation.DateText);
        Assert.Equal("Wilson Center Digital Archive", citation.Publisher);
        Assert.Equal("https://wilson-center-digital-archive.dvincitest.com/document/112082", citation.SourceUrl);
        Assert.Collection(citation.References,
            aprf =>
            {
                Assert.Equal("APRF, Fond 45, Opis 1, Delo 347, Listy 90-91", aprf.Text);
                Assert.Equal("APRF", aprf.Archive);
                Assert.Equal("45", aprf[ArchivalLevelKind.Fond]);
                Assert.Equal("1", aprf[ArchivalLevelKind.Opis]);
                Assert.Equal("347", aprf[ArchivalLevelKind.Delo]);
                Assert.Null(aprf[ArchivalLevelKind.Papka]);
                Assert.Equal("90-91", aprf[ArchivalLevelKind.Listy]);
            },
            avprf =>
            {
                Assert.Equal("AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166", avprf.Text);
                Assert.Equal("AVPRF", avprf.Archive);
                Assert.Equal("059a", avprf[ArchivalLevelKind.Fond]);
                Assert.Equal("5a", avprf[ArchivalLevelKind.Opis]);
                Assert.Equal("3", avprf[ArchivalLevelKind.Delo]);
                Assert.Equal("11", avprf[ArchivalLevelKind.Papka]);
                Assert.Equal("165-166", avprf[ArchivalLevelKind.Listy]);
            });
    }

    [Fact]
    public void MarkdownSeedHasEveryField()
    {
        var doc = Load("112079");

        Assert.Equal("112079", doc.Id);
        Assert.Equal(RecordFormat.Markdown, doc.Format);
        Assert.Equal("Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin", doc.Title);
        Assert.Equal("November 17, 1950", doc.DateText);
        Assert.Equal("1950-11-17", doc.Date!.Iso);
        Assert.Equal("Kim Il Sung asks to send Korean students over in order to learn flying and maintenance techniques.", doc.Summary);
        Assert.Equal("Russian", doc.OriginalLanguage);
        Assert.Equal("English Translation", doc.ContentsLabel);
        Assert.StartsWith("CIPHERED TELEGRAM No. 600742/III\n\nFrom CORRESPONDENT 13 Sent 17.11.50", doc.Body, StringComparison.Ordinal);
        Assert.Contains("- 1) The preparation of 200-300 pilots on the territory of the Soviet Union from  \namong Korean students", doc.Body, StringComparison.Ordinal);
        Assert.EndsWith("Staff of Armed Forces", doc.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownSeedCitationJoinsItsLinesAndDropsTheAutolinkBrackets()
    {
        var citation = Load("112079").Citation;

        Assert.Equal(
            "“Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin,” November 17, 1950, History and Public Policy Program Digital Archive, APRF, Fond 45, Opis 1, Delo 347, Listy 88-89 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 180-181 http://digitalarchive.wilsoncenter.org/document/112079",
            citation.Text);
        Assert.Equal("Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin", citation.QuotedTitle);
        Assert.Equal("November 17, 1950", citation.DateText);
        Assert.Equal("History and Public Policy Program Digital Archive", citation.Publisher);
        Assert.Equal("http://digitalarchive.wilsoncenter.org/document/112079", citation.SourceUrl);
        Assert.Equal(["APRF, Fond 45, Opis 1, Delo 347, Listy 88-89", "AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 180-181"],
            citation.References.Select(r => r.Text));
    }

    [Fact]
    public void EverySeedLoadsWithUniqueIdsAndNoRejections()
    {
        var result = DocumentLoader.Load(RepositoryPaths.Seeds);

        Assert.Empty(result.Rejections);
        Assert.Equal(2, result.Documents.Count);
        Assert.All(result.Documents, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.False(string.IsNullOrWhiteSpace(d.Citation.Text));
            Assert.False(string.IsNullOrWhiteSpace(d.Body));
        });
        Assert.Equal(result.Documents.Count, result.Documents.Select(d => d.Id).Distinct().Count());
    }

    [Fact]
    public void RenamingASeedKeepsItsId()
    {
        var bytes = File.ReadAllBytes(RepositoryPaths.Seed("112082"));

        var renamed = DocumentLoader.ParseBytes(bytes, "some-other-name.md");

        Assert.Equal("112082", renamed.Document!.Id);
        Assert.Equal(RecordFormat.PlainText, renamed.Document.Format);
    }
}
