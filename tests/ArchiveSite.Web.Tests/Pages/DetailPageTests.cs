using System.Net;
using System.Text.RegularExpressions;

namespace ArchiveSite.Web.Tests.Pages;

public sealed partial class DetailPageTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task ThePlainTextPermalinkShowsEveryPartOfTheRecord()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", page.QuerySelector("h1").Text());
        Assert.Equal("1950-11-20", page.QuerySelector(".meta time")!.GetAttribute("datetime"));
        Assert.Equal("November 20, 1950", page.QuerySelector(".meta time").Text());
        Assert.Contains("Russian", page.QuerySelector(".meta").Text(), StringComparison.Ordinal);
        Assert.Contains("Translation - English", page.QuerySelector(".meta").Text(), StringComparison.Ordinal);
        Assert.StartsWith("Stalin agrees to train North Korean pilots", page.QuerySelector(".summary p").Text(), StringComparison.Ordinal);
        Assert.Equal(
            "\"Telegram from Stalin to Kim II Sung, via Shtykov\", November 20, 1950, Wilson Center Digital Archive, APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166 https://wilson-center-digital-archive.dvincitest.com/document/112082",
            page.QuerySelector(".citation-text").Text());
        Assert.Equal("http://localhost/documents/112082", page.QuerySelector(".permalinks dd a")!.GetAttribute("href"));
        Assert.Equal("https://wilson-center-digital-archive.dvincitest.com/document/112082", page.QuerySelector(".meta a[rel=external]")!.GetAttribute("href"));
        var rows = page.QuerySelectorAll(".references tbody tr").Select(r => r.Text()).ToArray();
        Assert.Equal(["APRF 45 1 347 90-91", "AVPRF 059a 5a 3 11 165-166"], rows);
    }

    [Fact]
    public async Task ThePlainTextBodyKeepsItsLineLayoutAndEveryWord()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082");
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "000_cd096c47c91ecbde.txt"));
        var body = source[(source.IndexOf("Translation - English", StringComparison.Ordinal) + "Translation - English".Length)..];

        var paragraphs = page.QuerySelectorAll(".body-plain p");
        Assert.Equal(12, paragraphs.Length);
        Assert.Equal("p1", paragraphs[0].Id);
        Assert.Equal(Words(body), Words(page.QuerySelector(".body").Text()));
    }

    [Fact]
    public async Task TheMarkdownBodyIsRenderedWithMarkdigAndLosesNoWord()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112079");
        var source = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "seeds", "001_2faefe3a7cba56ed.txt"));
        var body = source[(source.IndexOf("- English Translation", StringComparison.Ordinal) + "- English Translation".Length)..];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin", page.QuerySelector("h1").Text());
        Assert.Equal(4, page.QuerySelectorAll(".body-markdown ul li").Length);
        Assert.Empty(page.QuerySelectorAll(".body-markdown ol"));
        Assert.StartsWith("1) The preparation of 200-300 pilots", page.QuerySelector(".body-markdown ul li").Text(), StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".body-markdown br"));
        Assert.Equal(Words(body), Words(page.QuerySelector(".body").Text()));
    }

    [Theory]
    [InlineData("/documents/999999")]
    [InlineData("/documents/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/no/such/page")]
    public async Task UnknownAddressesGetARealNotFoundPage(string url)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Page not found", page.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task AnErrorShowsAFriendlyPageAndTheDetailGoesOnlyToTheLog()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/__test/throw");
        var html = page.DocumentElement.OuterHtml;

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", page.QuerySelector("h1").Text());
        Assert.DoesNotContain("hunter2", html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
        // The middleware may log after the response has reached the client, so give it a moment.
        var logged = await factory.Logs.WaitForAsync(e => e.Exception?.Message.Contains("hunter2", StringComparison.Ordinal) == true);
        Assert.True(logged, "The exception and its detail were not logged.");
    }

    [Fact]
    public async Task HeadRequestsAreAnswered()
    {
        var response = await factory.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/documents/112082"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The words of a text, in order, without Markdown's list and emphasis markers.</summary>
    private static string[] Words(string text) =>
        WordRegex().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.,/\-:()\[\]""]*")]
    private static partial Regex WordRegex();
}
