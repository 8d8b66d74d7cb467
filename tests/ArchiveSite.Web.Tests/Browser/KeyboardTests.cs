using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// Keyboard-only use in Chromium (WCAG 2.1.1, 2.1.2, 2.4.3, 2.4.7, 2.4.11): every control is reached
/// with Tab, shows where the focus is, is not hidden behind anything, and lets the focus go on.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    /// <summary>More stops than any page type has: a page that never gives the focus back is a trap.</summary>
    private const int MaxStops = 150;

    /// <summary>
    /// The focused element, whether a focus indicator is drawn around it (an outline or a ring),
    /// and whether it is on screen and not covered by another element.
    /// </summary>
    private const string FocusState = """
        () => {
            const e = document.activeElement;
            if (!e || e === document.body) return null;
            const s = getComputedStyle(e);
            const r = e.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            const top = document.elementFromPoint(x, y);
            return {
                name: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.textContent || e.value || '').trim().slice(0, 40),
                indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
                onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
                covered: !(top && (top === e || e.contains(top) || top.contains(e))),
            };
        }
        """;

    private sealed class Stop
    {
        public string Name { get; set; } = "";

        public bool Indicator { get; set; }

        public bool OnScreen { get; set; }

        public bool Covered { get; set; }
    }

    [Theory]
    [InlineData("/", 1280)]
    [InlineData("/search?q=pilots", 1280)]
    [InlineData("/documents/112079?q=Kim+Il+Sung+pilots", 1280)]
    [InlineData("/documents/112082", 360)]
    [InlineData("/search/advanced", 360)]
    [InlineData("/search/kwic?q=pilots", 1280)]
    [InlineData("/selection?ids=112082,112079", 1280)]
    [InlineData("/selection?ids=112082,112079", 360)]
    [InlineData("/no/such/page", 1280)]
    public async Task EveryTabStopIsVisibleAndUncoveredAndTheFocusMovesOn(string url, int width)
    {
        var page = await browser.NewPageAsync(width: width);
        await page.GotoAsync(url);

        var stops = new List<Stop>();
        for (var i = 0; i < MaxStops; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await page.EvaluateAsync<Stop?>(FocusState);
            if (stop is null || (stops.Count > 0 && stop.Name == stops[0].Name))
            {
                break;
            }

            stops.Add(stop);
        }

        Assert.True(stops.Count is > 3 and < MaxStops, $"{url}: {stops.Count} tab stops");
        Assert.StartsWith("a Skip to content", stops[0].Name, StringComparison.Ordinal);
        // A search box on every page: the header's, or on the search page its own form's (the header leaves its out there).
        Assert.Contains(stops, s => s.Name.StartsWith(url.StartsWith("/search?", StringComparison.Ordinal) || url == "/search" ? "input#q" : "input#quick-q", StringComparison.Ordinal));
        Assert.All(stops, s => Assert.True(s.Indicator, $"{url}: no visible focus on {s.Name}"));
        Assert.All(stops, s => Assert.True(s.OnScreen, $"{url}: {s.Name} is focused off screen"));
        Assert.All(stops, s => Assert.False(s.Covered, $"{url}: {s.Name} is focused under another element"));
    }

    [Fact]
    public async Task AResearcherSearchesOpensAResultAndCopiesItsCitationWithTheKeyboardOnly()
    {
        var page = await browser.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseUrl });
        await page.GotoAsync("/");

        await TabTo(page, "#quick-q");
        await page.Keyboard.TypeAsync("pilots");
        Assert.Equal("pilots", await page.InputValueAsync("#quick-q"));
        await page.Keyboard.PressAsync("Enter");
        await page.ArrivedAtAsync("/search?q=pilots");
        await Assertions.Expect(page.Locator("#results-heading")).ToBeVisibleAsync();

        await TabTo(page, "li.hit h3 a");
        var title = (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        var document = new Uri(page.Url).AbsolutePath;

        await TabTo(page, "button.copy-button");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync(new Regex("citation copied\\.$"));
        // The citation of the document opened: it names that document's versioned permalink.
        Assert.Contains(document + "/v/", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMatchLinksOfAHighlightedDocumentWorkFromTheKeyboard()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/documents/112079?q=Kim+Il+Sung+pilots");

        await TabTo(page, ".hit-nav a");
        var target = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal(target, await page.EvaluateAsync<string>("location.hash"));
        Assert.True(await page.Locator(target).IsVisibleAsync());
        await Assertions.Expect(page.Locator(target)).ToBeInViewportAsync();
    }

    /// <summary>Presses Tab until the element matching the selector has the focus, as a keyboard user would.</summary>
    private static async Task TabTo(IPage page, string selector)
    {
        for (var i = 0; i < MaxStops; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>($"document.activeElement.matches({System.Text.Json.JsonSerializer.Serialize(selector)})"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector} on {page.Url}");
    }
}
