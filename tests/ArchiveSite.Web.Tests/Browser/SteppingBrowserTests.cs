namespace ArchiveSite.Web.Tests.Browser;

/// <summary>Stepping through a result list and through a collection in Chromium, without JavaScript: links alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SteppingBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task FromASearchTheResearcherStepsToTheNextResultAndBackToTheList()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search?q=pilots&sort=date");

        await page.ClickAsync("li.hit h3 a");
        await page.ArrivedAtAsync("/documents/112079?q=pilots&sort=date&n=1");
        Assert.Equal("Result 1 of 2", (await page.TextContentAsync(".result-count"))?.Trim());
        Assert.Equal(0, await page.Locator(".result-step a[rel=prev]").CountAsync());

        await page.ClickAsync(".result-step a[rel=next]");
        await page.ArrivedAtAsync("/documents/112082?q=pilots&sort=date&n=2");
        Assert.Equal("Result 2 of 2", (await page.TextContentAsync(".result-count"))?.Trim());
        Assert.True(await page.Locator(".body mark").First.IsVisibleAsync());

        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Back to the results" }).ClickAsync();
        await page.ArrivedAtAsync("/search?q=pilots&sort=date");
        Assert.Equal(2, await page.Locator("li.hit").CountAsync());
    }

    [Fact]
    public async Task FromTheCollectionsTheResearcherOpensAFondAndWalksItInArchivalOrder()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/");

        await page.ClickAsync("nav[aria-label=Site] a[href='/collections']");
        await page.ArrivedAtAsync("/collections");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "AVPRF, Fond 059a" }).ClickAsync();
        await page.ArrivedAtAsync("/collections/avprf-fond-059a");

        await page.ClickAsync(".collection-items li:first-child a");
        await page.ArrivedAtAsync("/documents/112082");
        await page.ClickAsync(".collection-place:has(a[href='/collections/avprf-fond-059a']) li a");
        await page.ArrivedAtAsync("/documents/112079");
        Assert.StartsWith("Telegram from Shtykov to Gromyko", (await page.TextContentAsync("h1"))?.Trim(), StringComparison.Ordinal);
    }
}
