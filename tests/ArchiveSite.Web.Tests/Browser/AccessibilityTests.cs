using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// axe-core in Chromium on every page type, on a wide screen and on a 360 px phone, against the
/// WCAG 2.0–2.2 A and AA rules and axe's best practices: no violations.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
    };

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public Task PageHasNoAxeViolationsOnAWideScreen(string url, int status) => Check(url, status, width: 1280);

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public Task PageHasNoAxeViolationsOnAPhone(string url, int status) => Check(url, status, width: 360);

    [Fact]
    public async Task TheMethodNotAllowedPageHasNoAxeViolations()
    {
        var page = await browser.NewPageAsync();
        await page.RouteAsync("**/documents/112082", route => route.ContinueAsync(new() { Method = "POST" }));
        var response = await page.GotoAsync("/documents/112082");
        Assert.Equal(405, response!.Status);

        AssertNoViolations(await page.RunAxe(WcagAa));
    }

    private async Task Check(string url, int status, int width)
    {
        var page = await browser.NewPageAsync(width: width);
        using var client = new HttpClient { BaseAddress = new Uri(browser.BaseUrl) };
        var response = await page.GotoAsync(await PageTypes.ResolveAsync(client, url));
        Assert.Equal(status, response!.Status);

        AssertNoViolations(await page.RunAxe(WcagAa));
    }

    private static void AssertNoViolations(AxeResult result) =>
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
}
