
namespace ArchiveSite.Web.Tests.Browser;

/// <summary>What a researcher does, in Chromium: search, read the results, open a document, cite it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResearcherFlowTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SearchFromTheHeaderThenOpenAResultAndFindItsPermalink(bool javaScript)
    {
        var page = await browser.NewPageAsync(javaScript);
        await page.GotoAsync("/");

        await page.FillAsync("#quick-q", "jet fighter");
        await page.PressAsync("#quick-q", "Enter");
        await page.ArrivedAtAsync("/search?q=jet+fighter");

        Assert.Equal("1 document found", (await page.TextContentAsync("#results-heading"))?.Trim());
        Assert.Contains("fighter", await page.Locator("li.hit mark").AllTextContentsAsync());

        await page.ClickAsync("li.hit h3 a");
        await page.ArrivedAtAsync("/documents/112082?q=jet%20fighter&n=1");

        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal(browser.BaseUrl + "/documents/112082", await page.GetAttributeAsync(".permalinks dd > a >> nth=0", "href"));
        Assert.True(await page.Locator(".body").GetByText("FYN SI [Stalin].").IsVisibleAsync());
    }

    [Fact]
    public async Task SearchByDateRangeFromTheSearchForm()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search");

        await page.FillAsync("#from", "November 18, 1950");
        await page.FillAsync("#to", "1950-11-30");
        await page.ClickAsync("form.search-form button[type=submit]");
        await page.ArrivedAtAsync("/search?**");

        Assert.Equal(["Telegram from Stalin to Kim II Sung, via Shtykov"], (await page.Locator("li.hit h3").AllTextContentsAsync()).Select(t => t.Trim()));
        Assert.Equal("November 18, 1950", await page.InputValueAsync("#from"));
    }

    [Fact]
    public async Task AMalformedQueryShowsTheMessageInThePage()
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync("/search?q=%22Kim");

        Assert.Equal(200, response!.Status);
        Assert.Contains("quotation mark", await page.TextContentAsync("[role=alert]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSkipLinkIsTheFirstStopAndMovesFocusToTheContent()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/documents/112079");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", (await page.EvaluateAsync<string>("document.activeElement.textContent"))?.Trim());
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task ThePhoneLayoutHasNoHorizontalScroll()
    {
        var page = await browser.NewPageAsync(width: 360);
        await page.GotoAsync("/documents/112082");

        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > document.documentElement.clientWidth");

        Assert.False(overflow);
    }
}
