using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// Forced colours (Windows contrast themes, WCAG 1.4.11): the browser replaces the site's colours
/// with the reader's, and whatever was drawn only with a background must still show.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ForcedColorsTests(BrowserFixture browser)
{
    private async Task<IPage> ForcedAsync(string url)
    {
        var page = await browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
        await page.GotoAsync(url);
        return page;
    }

    private static Task<string> BackgroundAsync(IPage page, string selector) =>
        page.EvaluateAsync<string>($"() => getComputedStyle(document.querySelector({System.Text.Json.JsonSerializer.Serialize(selector)})).backgroundColor");

    [Theory]
    [InlineData("/search?q=pilots", ".timeline-bars a .bar")]
    [InlineData("/?f.month=1950-11", ".timeline-bars .selected .bar")]
    public async Task TheTimelinesBarsStillShow(string url, string bar)
    {
        var page = await ForcedAsync(url);

        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(forced-colors: active)').matches"));
        var background = await BackgroundAsync(page, bar);
        Assert.NotEqual(await BackgroundAsync(page, "body"), background);
        Assert.NotEqual("rgba(0, 0, 0, 0)", background);
        Assert.True((await page.Locator(bar).First.BoundingBoxAsync())!.Height > 0);
    }

    [Fact]
    public async Task TheFocusRingStillShows()
    {
        var page = await ForcedAsync("/documents/112082");

        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }");

        Assert.Equal(["solid", "3px"], outline);
    }
}
