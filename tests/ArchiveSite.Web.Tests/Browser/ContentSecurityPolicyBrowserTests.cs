namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// The strict Content-Security-Policy in Chromium: every page type renders, styled and scripted,
/// with no violation reported, so nothing the pages rely on is inline.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyBrowserTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/search?q=pilots", 200)]
    [InlineData("/search?q=Shtykv", 200)]
    [InlineData("/search?q=%22unclosed", 200)]
    [InlineData("/?f.year=1950&f.language=Russian", 200)]
    [InlineData("/search/facet/year?q=pilots", 200)]
    [InlineData("/search/help", 200)]
    [InlineData("/search/advanced", 200)]
    [InlineData("/documents/112082", 200)]
    [InlineData("/documents/112079?q=Kim+Il+Sung+pilots", 200)]
    [InlineData("/documents/112082/thread", 200)]
    [InlineData("/documents/no-such-document", 404)]
    [InlineData("/__test/throw", 500)]
    public async Task NoPageBreaksThePolicy(string url, int status)
    {
        var watched = await WatchedPage.OpenAsync(browser);
        var page = watched.Page;

        var response = await page.GotoAsync(url);

        Assert.Equal(status, response!.Status);
        await AssertStyledAndCleanAsync(watched);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/diff")]
    public async Task TheVersionedPagesDoNotBreakThePolicy(string suffix)
    {
        var watched = await WatchedPage.OpenAsync(browser);
        var page = watched.Page;
        await page.GotoAsync("/documents/112082");
        var versioned = await page.GetAttributeAsync(".permalinks dd > a >> nth=1", "href");

        var response = await page.GotoAsync(versioned + suffix);

        Assert.Equal(200, response!.Status);
        await AssertStyledAndCleanAsync(watched);
    }

    [Fact]
    public async Task TheDocumentPagesScriptRunsUnderThePolicy()
    {
        var watched = await WatchedPage.OpenAsync(browser);
        var page = watched.Page;

        await page.GotoAsync("/documents/112082");

        // copy.js shows the copy buttons it wires up: it ran.
        Assert.Equal(4, await page.Locator("button.copy-button:visible").CountAsync());
        await AssertStyledAndCleanAsync(watched);
    }

    [Fact]
    public async Task APageMayFetchTheSitesOwnFilesAndNothingElse()
    {
        var watched = await WatchedPage.OpenAsync(browser);
        var page = watched.Page;
        await page.GotoAsync("/documents/112082");

        // What Lighthouse does to read robots.txt: a fetch from inside the page (connect-src 'self').
        var robots = await page.EvaluateAsync<string>("() => fetch('/robots.txt').then(r => r.text())");
        var elsewhere = await page.EvaluateAsync<string>("() => fetch('http://127.0.0.2:9/').then(() => 'fetched', e => 'refused: ' + e.message)");

        Assert.StartsWith("User-agent: *", robots, StringComparison.Ordinal);
        Assert.StartsWith("refused", elsewhere, StringComparison.Ordinal);
        Assert.Contains("connect-src http://127.0.0.2:9/", await watched.ViolationsAsync());
    }

    private static async Task AssertStyledAndCleanAsync(WatchedPage watched)
    {
        // The stylesheet applied: the skip link is moved off screen by site.css.
        Assert.Equal("absolute", await watched.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.skip-link')).position"));
        var violations = await watched.ViolationsAsync();
        Assert.True(violations.Length == 0, string.Join("\n", violations));
        Assert.True(watched.Problems.Count == 0, string.Join("\n", watched.Problems));
    }
}
