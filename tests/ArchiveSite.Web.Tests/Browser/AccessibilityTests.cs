using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// axe-core in Chromium on every page type against the WCAG 2.0–2.2 A and AA rules and axe's best
/// practices: in the light scheme on a wide screen, and in the dark scheme on a 360 px phone. The
/// pair covers both palettes' contrast and the phone layout at two axe runs a page; axe is the
/// slowest part of the suite, so the other two combinations are left out.
/// </summary>
[Collection(AxeBrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public Task PageHasNoAxeViolationsInTheLightSchemeOnAWideScreen(string url, int status) => Check(url, status, ColorScheme.Light, width: 1280);

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public Task PageHasNoAxeViolationsInTheDarkSchemeOnAPhone(string url, int status) => Check(url, status, ColorScheme.Dark, width: 360);

    [Fact]
    public async Task TheMethodNotAllowedPageHasNoAxeViolations()
    {
        var page = await browser.NewPageAsync();
        await page.RouteAsync("**/documents/112082", route => route.ContinueAsync(new() { Method = "POST" }));
        var response = await page.GotoAsync("/documents/112082");
        Assert.Equal(405, response!.Status);

        var violations = await BrowserPages.AxeViolationsAsync(page);
        Assert.True(violations.Length == 0, violations);
    }

    private async Task Check(string url, int status, ColorScheme scheme, int width)
    {
        var page = await browser.NewPageAsync(width: width);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await BrowserPages.OpenAsync(page, url, status);

        var violations = await BrowserPages.AxeViolationsAsync(page);
        Assert.True(violations.Length == 0, violations);
    }
}
