using System.Net;

namespace ArchiveSite.Web.Tests.Endpoints;

/// <summary>Citation downloads for one record and for a result list.</summary>
public sealed class CitationEndpointTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Theory]
    [InlineData("bib", "application/x-bibtex", "@unpublished{archivesite_112082,")]
    [InlineData("ris", "application/x-research-info-systems", "TY  - MANSCPT")]
    [InlineData("json", "application/vnd.citationstyles.csl+json", "\"type\": \"manuscript\"")]
    public async Task EachFormatDownloadsNamingTheVersionedPermalink(string format, string mediaType, string expected)
    {
        var client = factory.CreateClient();
        var version = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/documents/112082")).RootElement.GetProperty("version").GetString();

        var response = await client.GetAsync($"/documents/112082/citation.{format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"archivesite-112082.{format}", response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains($"http://localhost/documents/112082/v/{version}", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bib", "  author = {Stalin, Joseph},\n")]
    [InlineData("ris", "AU  - Stalin, Joseph\r\n")]
    [InlineData("ris", "N1  - Addressed to Kim Il Sung, via Terentii Shtykov.\r\n")]
    [InlineData("json", "\"family\": \"Stalin\"")]
    [InlineData("json", "\"recipient\": [")]
    public async Task EachDownloadNamesTheSenderAsAuthorAndTheAddressee(string format, string expected)
    {
        var text = await factory.CreateClient().GetStringAsync($"/documents/112082/citation.{format}");

        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/documents/999999/citation.bib")]
    [InlineData("/documents/112082/citation.doc")]
    [InlineData("/search/citations.doc?q=pilots")]
    public async Task AnUnknownRecordOrFormatIsNotFound(string url)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task AResultListIsOneFileOfEveryMatch()
    {
        var ris = await factory.CreateClient().GetStringAsync("/search/citations.ris?q=pilots&sort=date");

        Assert.Equal(2, ris.Split("TY  - MANSCPT").Length - 1);
        Assert.True(ris.IndexOf("ID  - archivesite_112079", StringComparison.Ordinal) < ris.IndexOf("ID  - archivesite_112082", StringComparison.Ordinal), "in the search's order");
    }

    [Fact]
    public async Task TheSearchPageLinksToItsListsCitationFilesKeepingTheSearch()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.GetAsync(client, "/search?q=pilots&sort=date&page=1&f.language=Russian");

        var links = page.QuerySelectorAll(".results .downloads a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["/search/citations.bib?q=pilots&sort=date&f.language=Russian", "/search/citations.ris?q=pilots&sort=date&f.language=Russian", "/search/citations.json?q=pilots&sort=date&f.language=Russian", "/search/citations.csv?q=pilots&sort=date&f.language=Russian"], links);
        Assert.Contains("all 2 documents", page.QuerySelector(".results .downloads").Text(), StringComparison.Ordinal);
        Assert.Equal(2, (await client.GetStringAsync(links[0])).Split("@unpublished").Length - 1);
    }

    [Fact]
    public async Task AResultListOfABadQueryIsABadRequest()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreateClient().GetAsync("/search/citations.bib?q=%22Kim")).StatusCode);
    }
}
