using System.Net;
using AngleSharp.Dom;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>
/// What search engines and browsers read from a page's head, whatever the page: one meta
/// description with text in it (Lighthouse's SEO audit), and the site's icon, which is served.
/// </summary>
public sealed class HeadMetadataTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task EveryPageHasOneDescription(string url, int status)
    {
        var client = factory.CreateClient();
        var (response, page) = await Html.GetAsync(client, await PageTypes.ResolveAsync(client, url));

        Assert.Equal(status, (int)response.StatusCode);
        AssertOneDescription(page);
    }

    [Fact]
    public async Task TheDescriptionSaysWhatThePageIs()
    {
        var client = factory.CreateClient();
        var (_, detail) = await Html.GetAsync(client, "/documents/112082");
        var (_, search) = await Html.GetAsync(client, "/search?q=pilots");
        var (_, help) = await Html.GetAsync(client, "/search/help");

        // A document's is its summary; a search's names the query; others their own.
        Assert.Equal(detail.QuerySelector("section.summary p").Text(), string.Join(' ', Description(detail).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("pilots", Description(search), StringComparison.Ordinal);
        Assert.NotEqual(Description(search), Description(help));
        Assert.NotEqual(Description(detail), Description(search));
    }

    [Fact]
    public async Task ThePagesLinkTheIconAndItIsServed()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.GetAsync(client, "/");
        var href = Assert.Single(page.QuerySelectorAll("link[rel=icon]")).GetAttribute("href")!;

        var response = await client.GetAsync(href);

        Assert.StartsWith("/favicon.svg?v=", href, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.StartsWith("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOldIconAddressSendsBrowsersToTheIcon()
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync("/favicon.ico");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/favicon.ico"));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/favicon.svg", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, head.StatusCode);
    }

    private static string Description(IDocument page) =>
        page.QuerySelector("head meta[name=description]")?.GetAttribute("content") ?? "";

    private static void AssertOneDescription(IDocument page)
    {
        var description = Assert.Single(page.QuerySelectorAll("meta[name=description]"));
        Assert.NotNull(description.ParentElement);
        Assert.Equal("HEAD", description.ParentElement!.TagName);
        Assert.False(string.IsNullOrWhiteSpace(description.GetAttribute("content")), "The description is empty.");
    }
}
