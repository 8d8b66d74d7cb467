namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// WCAG 1.4.12 (Text spacing): a reader's own style sheet that opens up the text (line height 1.5,
/// paragraphs 2 em apart, letters 0.12 em and words 0.16 em) loses no content: nothing is cut off
/// by a box that hides its overflow, and nothing pushes the page sideways, on a wide screen or a
/// phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TextSpacingTests(BrowserFixture browser)
{
    private const string ReadersStyle = """
        * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
        p { margin-bottom: 2em !important; }
        """;

    // Every element that hides its overflow yet holds more than it shows (text cut off), except
    // the visually hidden ones, which are meant to hold text out of sight.
    private const string Clipped = """
        () => [...document.body.querySelectorAll('*')].filter(el => {
            if (el.closest('.visually-hidden, .skip-link')) return false;
            const s = getComputedStyle(el);
            const hides = v => v === 'hidden' || v === 'clip';
            return (hides(s.overflowX) && el.scrollWidth > el.clientWidth + 1) || (hides(s.overflowY) && el.scrollHeight > el.clientHeight + 1);
        }).map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ': ' + (el.textContent || '').trim().slice(0, 30))
        """;

    public static TheoryData<string, int, int> PagesAndWidths()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var row in PageTypes.All)
        {
            foreach (var width in new[] { 1280, 360 })
            {
                data.Add((string)row[0], (int)row[1], width);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAndWidths))]
    public async Task WideTextSpacingCutsNothingOff(string url, int status, int width)
    {
        // The reader's style is added as an inline <style>, which the site's CSP rightly refuses: a
        // user style sheet is not subject to it, so the test lets it through the same way.
        var page = await browser.NewPageAsync(width: width, bypassCsp: true);
        await BrowserPages.OpenAsync(page, url, status);
        await page.AddStyleTagAsync(new() { Content = ReadersStyle });

        var clipped = await page.EvaluateAsync<string[]>(Clipped);
        Assert.True(clipped.Length == 0, $"{url} at {width} px cuts off: {string.Join("; ", clipped.Take(10))}");
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{url} is {widths[0]} px wide on a {widths[1]} px screen");
    }
}
