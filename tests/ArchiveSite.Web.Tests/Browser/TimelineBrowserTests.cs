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
        await page.ArrivedAtAsync("/search?q=aviation&sort=date&f.year=1950");
        Assert.Equal("2 documents found", (await page.Locator("#results-heading").TextContentAsync())!.Trim());
        Assert.Equal(2, await page.Locator("li.hit").CountAsync());
        Assert.Contains("Year: 1950", await page.Locator(".active-filters li").TextContentAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "November 1950: 2 documents", Exact = true }).ClickAsync();
        await page.ArrivedAtAsync("/search?q=aviation&sort=date&f.year=1950&f.month=1950-11");
        Assert.Equal(["Year: 1950 remove", "Month: November 1950 remove"],
            (await page.Locator(".active-filters li").AllTextContentsAsync()).Select(t => string.Join(' ', t.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal(1, await page.Locator(".timeline-bars [aria-current=true]").CountAsync());
    }

    [Fact]
    public async Task MoreValuesLeadsToEveryValueAndOneOfThemBackToTheNarrowedSearch()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search?q=aviation");

        await page.GetByRole(AriaRole.Link, new() { Name = "More values for Year…" }).ClickAsync();
        await page.ArrivedAtAsync("/search/facet/year?q=aviation");
        await page.GetByRole(AriaRole.Link, new() { Name = "In date order" }).ClickAsync();
        await page.Locator(".facet-values a", new() { HasTextString = "1941" }).ClickAsync();

        await page.ArrivedAtAsync("/search?q=aviation&f.year=1941");
        Assert.Equal("1 document found", (await page.Locator("#results-heading").TextContentAsync())!.Trim());
    }

    [Theory]
    [InlineData("/search?q=aviation", ".timeline-bars")]
    [InlineData("/?f.year=1950", ".timeline-bars")]
    [InlineData("/search?q=aviation", ".facet-more a")]
    [InlineData("/search/facet/year?q=aviation", ".facet-values")]
    [InlineData("/search/facet/sender?facet.sort=index", ".facet-values")]
    public async Task TheTimelineAndFacetValuesHaveNoAxeViolations(string url, string shown)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        Assert.True(await page.Locator(shown).First.IsVisibleAsync());

        var violations = await BrowserPages.AxeViolationsAsync(page);
        Assert.True(violations.Length == 0, violations);
    }
}
