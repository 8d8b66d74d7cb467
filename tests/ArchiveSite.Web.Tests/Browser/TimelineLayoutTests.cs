namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// The timeline's layout on the twenty-year archive: with a bar for each of twenty years, every
/// tick label is shown whole (sideways), on a wide screen and on a phone, and the timeline stays
/// within the screen.
/// </summary>
[Collection(ManyYearsBrowserCollection.Name)]
public sealed class TimelineLayoutTests(ManyYearsBrowserFixture browser)
{
    [Theory]
    [InlineData(1280)]
    [InlineData(360)]
    public async Task EveryYearsTickIsShownWhole(int width)
    {
        var page = await browser.NewPageAsync(width: width);
        await page.GotoAsync("/");

        // Each tick's text against the box it is drawn in: a cut-off label is wider than its box
        // (by far more than the pixel or two a glyph's ink may pass its line box).
        var ticks = await page.Locator(".timeline-bars .tick").EvaluateAllAsync<string[]>("""
            els => els.map(e => {
                const box = e.getBoundingClientRect();
                const text = document.createRange();
                text.selectNodeContents(e);
                const drawn = text.getBoundingClientRect();
                const whole = drawn.left >= box.left - 2 && drawn.right <= box.right + 2 && drawn.top >= box.top - 2 && drawn.bottom <= box.bottom + 2;
                return e.textContent.trim() + (whole ? '' : ' cut');
            })
            """);
        Assert.Equal(Enumerable.Range(ManyYearsSiteFactory.FirstYear, ManyYearsSiteFactory.Years).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)), ticks);
        var timeline = await page.Locator(".timeline-bars").BoundingBoxAsync();
        Assert.True(timeline!.X + timeline.Width <= width, "the timeline stays within the screen");
    }
}
