namespace ArchiveSite.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class FacetBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ClickingAFacetNarrowsAndRemovingItRestores()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search?q=Stalin");
        Assert.Equal(2, await page.Locator("li.hit").CountAsync());

        await page.Locator("#facet-recipient + ul a", new() { HasTextString = "Andrei Gromyko" }).ClickAsync();
        await page.ArrivedAtAsync("/search?q=Stalin&f.recipient=Andrei%20Gromyko");
        Assert.Equal(["Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin"],
            (await page.Locator("li.hit h3").AllTextContentsAsync()).Select(t => t.Trim()));

        await page.Locator(".active-filters a").ClickAsync();
        await page.ArrivedAtAsync("/search?q=Stalin");
        Assert.Equal(2, await page.Locator("li.hit").CountAsync());
    }
}

[Collection(BrowserCollection.Name)]
public sealed class HitNavigationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task FromASearchResultTheResearcherStepsFromMatchToMatch()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search?q=Manchuria");
        await page.ClickAsync("li.hit h3 a");
        await page.ArrivedAtAsync("/documents/112082?q=Manchuria&n=1");

        await page.ClickAsync(".match-summary a[href='#hit-1']");
        Assert.EndsWith("#hit-1", page.Url, StringComparison.Ordinal);

        await page.ClickAsync("#hit-1 + .hit-nav a[href='#hit-2']");
        Assert.EndsWith("#hit-2", page.Url, StringComparison.Ordinal);
        Assert.True(await page.Locator("#hit-2").IsVisibleAsync());
    }
}
