namespace ArchiveSite.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class DidYouMeanBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task FollowingTheSuggestionRunsTheCorrectedSearch()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search?q=Manchuira&sort=date");
        Assert.Equal(0, await page.Locator("li.hit").CountAsync());

        await page.Locator(".did-you-mean a").ClickAsync();

        await page.ArrivedAtAsync("/search?q=Manchuria&sort=date");
        Assert.Equal("Manchuria", await page.Locator("#q").InputValueAsync());
        Assert.Equal(1, await page.Locator("li.hit").CountAsync());
    }
}
