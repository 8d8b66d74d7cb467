using Deque.AxeCore.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>axe-core in Chromium on every page type: no violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/?page=2", 200)]
    [InlineData("/search", 200)]
    [InlineData("/search?q=pilots", 200)]
    [InlineData("/search?q=Kim+Il+Sung&from=1950-11-01&sort=date", 200)]
    [InlineData("/search?q=%22unclosed", 200)]
    [InlineData("/search?q=Shtykv", 200)]
    [InlineData("/?f.year=1950&f.language=Russian", 200)]
    [InlineData("/?f.month=1950-11", 200)]
    [InlineData("/search/help", 200)]
    [InlineData("/search/advanced", 200)]
    [InlineData("/search/advanced?none=Manchuria", 200)]
    [InlineData("/documents/112082", 200)]
    [InlineData("/documents/112079", 200)]
    [InlineData("/documents/112079?q=Kim+Il+Sung+pilots", 200)]
    [InlineData("/documents/112082/thread", 200)]
    [InlineData("/documents/no-such-document/thread", 404)]
    [InlineData("/search?q=pilots&sort=archival", 200)]
    [InlineData("/documents/no-such-document", 404)]
    [InlineData("/__test/throw", 500)]
    public async Task PageHasNoAxeViolations(string url, int status)
    {
        var page = await browser.NewPageAsync();
        var response = await page.GotoAsync(url);
        Assert.Equal(status, response!.Status);

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/diff")]
    public async Task TheVersionedPermalinkAndItsChangesPageHaveNoAxeViolations(string suffix)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/documents/112082");
        var versioned = await page.GetAttributeAsync(".permalinks dd > a >> nth=1", "href");
        var response = await page.GotoAsync(versioned + suffix);
        Assert.Equal(200, response!.Status);

        var result = await page.RunAxe();

        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
    }
}
