using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>The browser on records changed since yesterday (<see cref="ChangedSinceFolder"/>), where a pinned search has changes to show.</summary>
public sealed class ChangedSinceBrowserFixture : BrowserFixture, IDisposable
{
    private readonly ChangedSinceFolder _folder;

    public ChangedSinceBrowserFixture()
        : this(new ChangedSinceFolder())
    {
    }

    private ChangedSinceBrowserFixture(ChangedSinceFolder folder)
        : base(folder.Site()) => _folder = folder;

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ChangedSinceBrowserCollection : ICollectionFixture<ChangedSinceBrowserFixture>
{
    public const string Name = "Browser, changed since yesterday";
}

/// <summary>
/// A pinned search and its "what changed since" with changes to show (a notice, three lists, links
/// to versions and diffs), checked as every page type is: axe in the light scheme on a wide screen
/// and in the dark scheme on a phone; and "cite this search" without and with JavaScript.
/// </summary>
[Collection(ChangedSinceBrowserCollection.Name)]
public sealed class PinnedSearchBrowserTests(ChangedSinceBrowserFixture browser)
{
    private const string Query = "q=pilots+OR+%22we+welcome+his+idea%22+OR+%22Interim+Committee+Report%22";

    public static TheoryData<string> Pages => new()
    {
        "/search?" + Query + "&as-of={yesterday}",
        "/search/changes?" + Query + "&as-of={yesterday}",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public Task PageHasNoAxeViolationsInTheLightSchemeOnAWideScreen(string url) => Check(url, ColorScheme.Light, width: 1280);

    [Theory]
    [MemberData(nameof(Pages))]
    public Task PageHasNoAxeViolationsInTheDarkSchemeOnAPhone(string url) => Check(url, ColorScheme.Dark, width: 360);

    [Fact]
    public async Task CiteThisSearchOpensWithoutJavaScriptAndOffersACopyButtonWithIt()
    {
        foreach (var javaScript in new[] { false, true })
        {
            var page = await browser.NewPageAsync(javaScript: javaScript);
            await page.GotoAsync("/search?" + Query);
            await page.Locator(".cite-search summary").ClickAsync();
            await Assertions.Expect(page.Locator(".cite-search .permalinks a")).ToBeVisibleAsync();
            Assert.Contains("&as-of=", await page.Locator(".cite-search .permalinks a").GetAttributeAsync("href"), StringComparison.Ordinal);
            Assert.Equal(javaScript, await page.Locator(".cite-search .copy-button").IsVisibleAsync());
        }
    }

    private async Task Check(string url, ColorScheme scheme, int width)
    {
        var page = await browser.NewPageAsync(width: width);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        var response = await page.GotoAsync(url.Replace("{yesterday}", ChangedSinceFolder.Yesterday, StringComparison.Ordinal));
        Assert.Equal(200, response!.Status);
        Assert.Equal(1, await page.Locator(".pinned-notice, .lede").CountAsync());

        var violations = await BrowserPages.AxeViolationsAsync(page);
        Assert.True(violations.Length == 0, violations);
    }
}
