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
        await page.WaitForURLAsync("**/search?q=Stalin&f.recipient=Andrei%20Gromyko");
        Assert.Equal(["Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin"],
            (await page.Locator("li.hit h3").AllTextContentsAsync()).Select(t => t.Trim()));

        await page.Locator(".active-filters a").ClickAsync();
        await page.WaitForURLAsync("**/search?q=Stalin");
        Assert.Equal(2, await page.Locator("li.hit").CountAsync());
    }
}
