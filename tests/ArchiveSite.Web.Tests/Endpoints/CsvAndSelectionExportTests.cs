using System.Net;
using System.Text;
using ArchiveSite.Core.Tests.Citations;

namespace ArchiveSite.Web.Tests.Endpoints;

/// <summary>
/// A selection's exports (<c>/selection/citations.bib|.ris|.json|.csv?ids=…</c>) read back by citation-js
/// in the selection's order, and the CSV table of a result list and of a selection read back as RFC 4180.
/// </summary>
public sealed class CsvAndSelectionExportTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    private async Task<(HttpResponseMessage Response, byte[] Bytes)> Get(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("bib", "biblatex")]
    [InlineData("ris", "ris")]
    [InlineData("json", "csl")]
    public async Task CitationJsReadsTheSelectionsFileInItsOrder(string format, string parser)
    {
        var (response, bytes) = await Get($"/selection/citations.{format}?ids=112082,no-such-document,112079");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"archivesite-selection.{format}", response.Content.Headers.ContentDisposition?.FileName);
        var (items, _) = CitationJs.Parse(parser, Encoding.UTF8.GetString(bytes));
        Assert.Equal(
            ["Telegram from Stalin to Kim II Sung, via Shtykov", "Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin"],
            items.Select(i => CitationJs.Text(i, "title")));
        Assert.All(items, i => Assert.Matches("^http://localhost/documents/1120(82|79)/v/[0-9a-f]{12}$", CitationJs.Text(i, "URL")));
    }

    [Fact]
    public async Task TheSelectionsCsvIsUtf8WithAHeaderAndOneLineADocument()
    {
        var (response, bytes) = await Get("/selection/citations.csv?ids=112079,112082");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var rows = CsvTable.Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["id", "title", "date", "archive_location", "permalink", "versioned_permalink"], rows[0]);
        Assert.Equal(["112079", "112082"], rows[1..].Select(r => r[0]));
        Assert.Equal(["November 17, 1950", "November 20, 1950"], rows[1..].Select(r => r[2]));
        Assert.StartsWith("APRF, Fond 45, Opis 1, Delo 347, Listy 88-89 and AVPRF", rows[1][3], StringComparison.Ordinal);
        Assert.Equal("http://localhost/documents/112079", rows[1][4]);
        Assert.StartsWith("http://localhost/documents/112079/v/", rows[1][5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AResultListsCsvHasEveryMatchInTheSearchsOrder()
    {
        var (response, bytes) = await Get("/search/citations.csv?q=pilots&sort=date-desc");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("archivesite-search.csv", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(["112082", "112079"], CsvTable.Read(Encoding.UTF8.GetString(bytes[3..]))[1..].Select(r => r[0]));
    }

    [Theory]
    [InlineData("/selection/citations.csv", HttpStatusCode.BadRequest)]
    [InlineData("/selection/citations.csv?ids=%3Cscript%3E", HttpStatusCode.BadRequest)]
    [InlineData("/selection/citations.doc?ids=112082", HttpStatusCode.NotFound)]
    public async Task AnEmptySelectionOrAnUnknownFormatIsAClearRefusal(string url, HttpStatusCode status)
    {
        Assert.Equal(status, (await factory.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task TheSelectionPageLinksItsExports()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/selection?ids=112082,112079");

        Assert.Equal(
            ["/selection/citations.bib?ids=112082,112079", "/selection/citations.ris?ids=112082,112079", "/selection/citations.json?ids=112082,112079", "/selection/citations.csv?ids=112082,112079"],
            page.QuerySelectorAll(".bibliography .downloads a").Select(a => a.GetAttribute("href")));
    }
}
