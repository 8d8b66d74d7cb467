using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>The browser on the twenty-year archive, where the timeline has years to narrow by.</summary>
public sealed class ManyYearsBrowserFixture() : BrowserFixture(new ManyYearsSiteFactory());

[CollectionDefinition(Name)]
public sealed class ManyYearsBrowserCollection : ICollectionFixture<ManyYearsBrowserFixture>
{
    public const string Name = "Browser, many years";
}

[Collection(ManyYearsBrowserCollection.Name)]
public sealed class TimelineBrowserTests(ManyYearsBrowserFixture browser)
{
    [Fact]
    public async Task ClickingAYearThenAMonthNarrowsTheResultsAndShowsTheFilter()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search?q=aviation&sort=date");
        Assert.Equal("21 documents found", (await page.Locator("#results-heading").TextContentAsync())!.Trim());

        await page.GetByRole(AriaRole.Link, new() { Name = "1950: 2 documents", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=aviation&sort=date&f.year=1950");
        Assert.Equal("2 documents found", (await page.Locator("#results-heading").TextContentAsync())!.Trim());
        Assert.Equal(2, await page.Locator("li.hit").CountAsync());
        Assert.Contains("Year: 1950", await page.Locator(".active-filters li").TextContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "November 1950: 2 documents", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=aviation&sort=date&f.year=1950&f.month=1950-11");
        Assert.Equal(["Year: 1950 remove", "Month: November 1950 remove"],
            (await page.Locator(".active-filters li").AllTextContentsAsync()).Select(t => string.Join(' ', t.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal(1, await page.Locator(".timeline-bars [aria-current=true]").CountAsync());
    }

    [Theory]
    [InlineData("/search?q=aviation")]
    [InlineData("/?f.year=1950")]
    public async Task TheTimelineHasNoAxeViolations(string url)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        Assert.True(await page.Locator(".timeline-bars").IsVisibleAsync());

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }
}
