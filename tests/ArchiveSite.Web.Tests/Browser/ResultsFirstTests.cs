using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// Researchers scan results: on a laptop's first screen (1280 × 900) and on a phone's (390 × 844),
/// a search shows its count and its first result without scrolling, even with dates, an order, a
/// facet, a person's spellings and the timeline on the page; the folded "Dates and order" control
/// opens and searches without JavaScript.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResultsFirstTests(BrowserFixture browser)
{
    public static TheoryData<int, int, string> Screens => new()
    {
        { 1280, 900, "/search?q=pilots" },
        { 390, 844, "/search?q=pilots" },
        // A name (its spellings and every variant named), dates, an order and a facet: the most a result list carries above its results.
        { 1280, 900, "/search?q=Stalin&from=1950-01-01&to=1950-12-31&sort=date&f.language=Russian" },
        { 390, 844, "/search?q=Stalin&from=1950-01-01&to=1950-12-31&sort=date&f.language=Russian" },
    };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task TheCountAndTheFirstResultAreOnTheFirstScreen(int width, int height, string url)
    {
        var page = await browser.NewPageAsync(width: width, height: height);
        await BrowserPages.OpenAsync(page, url, 200);

        var count = await page.Locator("#results-heading").BoundingBoxAsync();
        var first = await page.Locator("li.hit").First.BoundingBoxAsync();
        Assert.NotNull(count);
        Assert.NotNull(first);
        // The first result's title and date, at least, above the fold.
        var title = await page.Locator("li.hit h3").First.BoundingBoxAsync();
        Assert.True(title!.Y + title.Height <= height, $"{url} at {width}×{height}: the first result's title ends at {title.Y + title.Height:F0} px");
        Assert.True(count.Y < first.Y, "the count comes before the results");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task DatesAndOrderAreFoldedAndWorkWithOrWithoutJavaScript(bool javaScript)
    {
        var page = await browser.NewPageAsync(javaScript);
        await BrowserPages.OpenAsync(page, "/search?q=pilots", 200);

        Assert.False(await page.Locator("#from").IsVisibleAsync());
        await page.ClickAsync("details.refine summary");
        Assert.True(await page.Locator("#from").IsVisibleAsync());
        await page.FillAsync("#from", "1950-11-18");
        await page.SelectOptionAsync("#sort", "date");
        await page.ClickAsync("details.refine button[type=submit]");
        await page.ArrivedAtAsync("/search?**");

        Assert.Equal(["Telegram from Stalin to Kim II Sung, via Shtykov"], (await page.Locator("li.hit h3").AllTextContentsAsync()).Select(t => t.Trim()));
        // Folded again, the control says what it holds.
        Assert.Equal("Dates and order: from 1950-11-18, date, oldest first", Normalize(await page.Locator("details.refine summary").TextContentAsync()));
        Assert.Equal("pilots", await page.InputValueAsync("#q"));
    }

    private static string Normalize(string? text) => string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
