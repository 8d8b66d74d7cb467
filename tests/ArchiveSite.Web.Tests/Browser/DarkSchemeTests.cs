using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// The dark scheme, which follows the system setting (prefers-color-scheme): dark surfaces with
/// light type everywhere, not only on the page's background, and no axe violation (colour
/// contrast above all) on any page type, on a wide screen and on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DarkSchemeTests(BrowserFixture browser)
{
    // The relative luminance (WCAG 2) of an element's computed colour or background colour.
    private const string Luminance = """
        ([selector, property]) => {
            const el = document.querySelector(selector);
            if (!el) return -1;
            const [r, g, b] = getComputedStyle(el)[property].match(/[\d.]+/g).map(Number);
            const lin = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
            return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
        }
        """;

    private async Task<IPage> DarkPageAsync(int width = 1280)
    {
        var page = await browser.NewPageAsync(width: width);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        return page;
    }

    private static Task<double> LuminanceAsync(IPage page, string selector, string property) =>
        page.EvaluateAsync<double>(Luminance, new[] { selector, property });

    [Theory]
    [InlineData("/documents/112082", "body")]
    [InlineData("/documents/112082", ".site-header")]
    [InlineData("/documents/112082", ".cite")]
    [InlineData("/documents/112082", "#find-q")]
    [InlineData("/search?q=pilots", ".search-form")]
    [InlineData("/search?q=pilots", "#q")]
    [InlineData("/search?q=%22unclosed", ".error-message")]
    [InlineData("/search?q=pilots", "mark")]
    [InlineData("/search/kwic?q=pilots", ".kwic-passages mark")]
    [InlineData("/search?q=pilots", ".select-button")]
    [InlineData("/selection?ids=112082", ".selection-item")]
    public async Task SurfacesAreDarkAndTheirTypeLight(string url, string selector)
    {
        var page = await DarkPageAsync();
        await page.GotoAsync(url);

        var background = await LuminanceAsync(page, selector, "backgroundColor");
        var text = await LuminanceAsync(page, selector, "color");
        Assert.InRange(background, 0, 0.1);
        Assert.InRange(text, 0.45, 1);
    }

    [Fact]
    public async Task TheLightSchemeIsStillLight()
    {
        var page = await browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.GotoAsync("/documents/112082");

        Assert.InRange(await LuminanceAsync(page, "body", "backgroundColor"), 0.85, 1);
        Assert.InRange(await LuminanceAsync(page, "body", "color"), 0, 0.05);
    }

    [Fact]
    public async Task TheBrowsersOwnControlsAndScrollbarsKnowBothSchemes()
    {
        var page = await DarkPageAsync();
        await page.GotoAsync("/");

        Assert.Equal("light dark", await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).colorScheme"));
    }

    [Fact]
    public async Task TheFocusRingShowsInTheDarkScheme()
    {
        var page = await DarkPageAsync();
        await page.GotoAsync("/documents/112082");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await page.Locator(".skip-link").IsVisibleAsync());
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string[]>("() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]; }");
        Assert.Equal(["solid", "3px"], outline);
        var ring = await LuminanceAsync(page, ".site-name", "outlineColor");
        var paper = await LuminanceAsync(page, "body", "backgroundColor");
        Assert.True((ring + 0.05) / (paper + 0.05) >= 3, $"the focus ring's contrast with the page is {(ring + 0.05) / (paper + 0.05):F1}:1");
    }
}
