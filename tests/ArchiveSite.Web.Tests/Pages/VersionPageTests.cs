using System.Net;
using System.Text.Json;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>Versioned permalinks and the word-level diff, across a restart in which one record's text changed.</summary>
public sealed class VersionPageTests : IDisposable
{
    private readonly SeedFolder _seeds = new();

    private static async Task<string> CurrentVersion(ArchiveSiteFactory site, string id) =>
        JsonDocument.Parse(await site.CreateClient().GetStringAsync($"/api/documents/{id}")).RootElement.GetProperty("version").GetString()!;

    [Fact]
    public async Task TheCurrentVersionSaysSoAndPointsToThePermalink()
    {
        using var site = _seeds.Site();
        var version = await CurrentVersion(site, "112082");

        var (response, page) = await Html.GetAsync(site.CreateClient(), $"/documents/112082/v/{version}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("the text the archive serves now", page.QuerySelector(".version-notice").Text(), StringComparison.Ordinal);
        Assert.Equal("http://localhost/documents/112082", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(version, page.QuerySelector(".versions a[aria-current=page]").Text());
        Assert.NotNull(page.QuerySelector(".body #p3"));
    }

    [Theory]
    [InlineData("/documents/112082/v/000000000000")]
    [InlineData("/documents/112082/v/not-a-version")]
    [InlineData("/documents/999999/v/000000000000")]
    [InlineData("/documents/112082/v/000000000000/diff")]
    public async Task AVersionTheStoreDoesNotHoldIsNotFound(string url)
    {
        using var site = _seeds.Site();

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task AnEarlierTextStillResolvesWithANoticeAndAWordLevelDiff()
    {
        string original;
        using (var first = _seeds.Site())
        {
            original = await CurrentVersion(first, "112082");
        }

        var file = _seeds.Seed("112082");
        File.WriteAllText(file, File.ReadAllText(file).Replace("after a delay", "after a long delay", StringComparison.Ordinal));
        using var second = _seeds.Site();
        var client = second.CreateClient();

        var (_, old) = await Html.GetAsync(client, $"/documents/112082/v/{original}");
        Assert.Contains("This is an earlier text of the document", old.QuerySelector(".version-notice").Text(), StringComparison.Ordinal);
        Assert.Contains("after a delay which", old.QuerySelector(".body").Text(), StringComparison.Ordinal);
        Assert.Equal(2, old.QuerySelectorAll(".versions li").Length);
        var diffLink = old.QuerySelectorAll(".version-notice a").Single(a => a.Text().Contains("what changed", StringComparison.Ordinal)).GetAttribute("href")!;

        var (response, diff) = await Html.GetAsync(client, diffLink);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = diff.QuerySelectorAll(".diff-part").Single(p => p.GetAttribute("aria-label") == "Text");
        Assert.Equal(["[added: long]"], text.QuerySelectorAll("ins").Select(i => i.Text().Replace(" ]", "]", StringComparison.Ordinal).Trim()));
        Assert.Empty(text.QuerySelectorAll("del"));
        // Shown with its line breaks kept, so no markup whitespace may slip in around a change.
        Assert.Contains("after a <ins>", text.QuerySelector(".diff-text")!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("(unchanged)", diff.QuerySelectorAll(".diff-part").Single(p => p.GetAttribute("aria-label") == "Title").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentNoLongerServedAnswersGoneWithItsKeptTexts()
    {
        string version;
        using (var first = _seeds.Site())
        {
            version = await CurrentVersion(first, "112079");
        }

        File.Delete(_seeds.Seed("112079"));
        using var second = _seeds.Site();
        var client = second.CreateClient();

        var (response, gone) = await Html.GetAsync(client, "/documents/112079");
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("no longer serves this document", gone.QuerySelector(".lede").Text(), StringComparison.Ordinal);
        Assert.Equal($"/documents/112079/v/{version}", gone.QuerySelector(".versions a")!.GetAttribute("href"));

        var (kept, page) = await Html.GetAsync(client, $"/documents/112079/v/{version}");
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Contains("no longer serves this document", page.QuerySelector(".version-notice").Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/documents/never-was")).StatusCode);
    }

    public void Dispose() => _seeds.Dispose();
}
