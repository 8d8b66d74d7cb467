namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// The layout from a 360 px phone to a wide screen: no page scrolls sideways or pushes anything past
/// the screen's edge on a phone; results show their dates in a column of their own on a wide
/// screen; the transcript keeps a readable line length.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResponsiveLayoutTests(BrowserFixture browser)
{
    // Every rendered element whose box reaches past the left or right edge of the viewport, except
    // the visually hidden ones and the skip link (off screen until focused). A table in a scrolling
    // box counts too: on a phone the archival references fit rather than scroll.
    private const string OutsideTheScreen = """
        () => {
            const width = document.documentElement.clientWidth;
            const out = [];
            for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.width === 0 || box.height === 0) continue;
                if (el.closest('.visually-hidden, .skip-link')) continue;
                if (box.right > width + 0.5 || box.left < -0.5) {
                    out.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') + ' ' + Math.round(box.left) + '..' + Math.round(box.right));
                }
            }
            return out;
        }
        """;

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public Task OnA360PxPhoneNoPageScrollsSidewaysOrReachesPastTheEdge(string url, int status) => AssertFits(url, status, 360);

    /// <summary>WCAG 1.4.10 (Reflow): content readable at 320 CSS px, a 1280 px screen zoomed to 400 %.</summary>
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public Task At320PxAs400PercentZoomNoPageScrollsSideways(string url, int status) => AssertFits(url, status, 320);

    private async Task AssertFits(string url, int status, int width)
    {
        var page = await browser.NewPageAsync(width: width);
        await BrowserPages.OpenAsync(page, url, status);

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{url} is {widths[0]} px wide on a {widths[1]} px screen");
        var outside = await page.EvaluateAsync<string[]>(OutsideTheScreen);
        Assert.True(outside.Length == 0, $"{url}: past the screen's edge: {string.Join("; ", outside.Take(10))}");
    }

    [Fact]
    public async Task OnAPhoneTheHeaderWrapsAndTheQuickSearchTakesTheWholeWidth()
    {
        var page = await browser.NewPageAsync(width: 360);
        await page.GotoAsync("/documents/112082");

        var name = await page.Locator(".site-name").BoundingBoxAsync();
        var nav = await page.Locator(".site-header nav").BoundingBoxAsync();
        var search = await page.Locator(".quick-search").BoundingBoxAsync();
        var input = await page.Locator("#quick-q").BoundingBoxAsync();
        Assert.True(nav!.Y >= name!.Y + name.Height - 1, "the navigation wraps below the site's name");
        Assert.True(search!.Y >= nav.Y + nav.Height - 1, "the quick search wraps below the navigation");
        Assert.True(search.Width >= 300, $"the quick search is {search.Width} px wide");
        Assert.True(input!.Width >= 180, $"the search box is {input.Width} px wide");
    }

    [Fact]
    public async Task OnAWideScreenResultDatesStandInAColumnOfTheirOwn()
    {
        var page = await browser.NewPageAsync(width: 1280);
        await page.GotoAsync("/search?q=pilots");

        var dates = await page.Locator(".hit-date").EvaluateAllAsync<double[][]>(
            "els => els.map(e => { const b = e.getBoundingClientRect(); return [b.left, b.top]; })");
        var titles = await page.Locator(".hit-title").EvaluateAllAsync<double[][]>(
            "els => els.map(e => { const b = e.getBoundingClientRect(); return [b.left, b.top]; })");
        Assert.Equal(2, dates.Length);
        for (var i = 0; i < dates.Length; i++)
        {
            Assert.True(dates[i][0] + 100 < titles[i][0], "the date stands left of its title");
            Assert.True(Math.Abs(dates[i][1] - titles[i][1]) < 12, "the date is level with its title");
        }

        Assert.Equal(dates[0][0], dates[1][0]);
    }

    [Fact]
    public async Task OnAPhoneResultDatesFollowTheirTitles()
    {
        var page = await browser.NewPageAsync(width: 360);
        await page.GotoAsync("/search?q=pilots");

        var title = await page.Locator(".hit-title >> nth=0").BoundingBoxAsync();
        var date = await page.Locator(".hit-date >> nth=0").BoundingBoxAsync();
        Assert.True(date!.Y >= title!.Y + title.Height - 1, "the date is below the title");
        Assert.True(Math.Abs(date.X - title.X) < 1, "and aligned with it");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(1920)]
    public async Task TheTranscriptKeepsAReadableLineLength(int width)
    {
        var page = await browser.NewPageAsync(width: width);
        await page.GotoAsync("/documents/112082");

        // Characters per line: the paragraph's width over the width of the digit 0 in its font (1ch).
        var characters = await page.EvaluateAsync<double>("""
            () => {
                const p = document.querySelector('.body p');
                const probe = document.createElement('span');
                probe.textContent = '0'.repeat(20);
                p.appendChild(probe);
                const ch = probe.getBoundingClientRect().width / 20;
                probe.remove();
                return p.getBoundingClientRect().width / ch;
            }
            """);
        Assert.InRange(characters, 60, 78);
    }
}
