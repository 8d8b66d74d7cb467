using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>The copy buttons of the formatted citations, in Chromium, with and without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CitationBrowserTests(BrowserFixture browser)
{
    [Fact]
    public async Task ACopyButtonPutsTheCitationOnTheClipboardAndSaysSo()
    {
        var page = await browser.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = browser.BaseUrl });
        await page.GotoAsync("/documents/112082");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy the MLA 9 citation" }).ClickAsync();

        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("MLA 9 citation copied.");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal((await page.TextContentAsync("#citation-mla"))!.Trim(), copied);
        Assert.StartsWith("Stalin, Joseph. \u201CTelegram from Stalin to Kim II Sung, via Shtykov.\u201D 20 Nov. 1950.", copied, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutJavaScriptTheCitationsAreThereAndNoButtonPretends()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/documents/112082");

        Assert.Equal(4, await page.Locator(".formatted-citation").CountAsync());
        Assert.Equal(0, await page.Locator("button.copy-button:visible").CountAsync());
    }
}
