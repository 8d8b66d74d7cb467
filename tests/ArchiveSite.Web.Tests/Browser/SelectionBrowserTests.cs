using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// A selection made in Chromium from result lists and document pages, kept, reordered and trimmed:
/// with JavaScript (kept in the browser's localStorage, buttons and a counter) and without it (the
/// address carries the selection; every change is a link).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SelectionBrowserTests(BrowserFixture browser)
{
    private static Task<string[]> Titles(IPage page) => page.Locator(".selection-list .hit-title a").AllTextContentsAsync().ContinueWith(t => t.Result.ToArray());

    private static async Task<string[]> Kept(IPage page) =>
        await page.EvaluateAsync<string[]>("() => JSON.parse(localStorage.getItem('archivesite.selection') || '[]')");

    private const string Stalin = "Telegram from Stalin to Kim II Sung, via Shtykov";
    private const string Shtykov = "Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin";

    [Fact]
    public async Task WithJavaScriptTheSelectionIsKeptInTheBrowserAndCountedInTheHeader()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/search?q=pilots&sort=date");

        Assert.Equal(0, await page.Locator(".select-toggle a").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add document 112079 to selection" }).ClickAsync();
        await Assertions.Expect(page.Locator("#selection-count")).ToHaveTextAsync(" (1)");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove document 112079 from selection" })).ToBeVisibleAsync();
        Assert.EndsWith("/search?q=pilots&sort=date", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/documents/112082");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add document 112082 to selection" }).ClickAsync();
        await Assertions.Expect(page.Locator("#selection-count")).ToHaveTextAsync(" (2)");
        Assert.Equal(["112079", "112082"], await Kept(page));

        await page.Locator("#selection-link").ClickAsync();
        await page.WaitForURLAsync("**/selection?ids=112079,112082");
        Assert.Equal([Shtykov, Stalin], await Titles(page));
        Assert.True(await page.Locator("#selection-sync").IsHiddenAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Move up “" + Stalin + "”" }).ClickAsync();
        await page.WaitForURLAsync("**/selection?ids=112082,112079#select-112082");
        Assert.Equal([Stalin, Shtykov], await Titles(page));
        Assert.Equal(["112082", "112079"], await Kept(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove “" + Shtykov + "”" }).ClickAsync();
        await page.WaitForURLAsync("**/selection?ids=112082");
        Assert.Equal(["112082"], await Kept(page));
        await Assertions.Expect(page.Locator("#selection-count")).ToHaveTextAsync(" (1)");

        // The header's plain /selection, or a bookmark of it, opens the kept selection at its address.
        await page.GotoAsync("/selection");
        await page.WaitForURLAsync("**/selection?ids=112082");
        Assert.Equal([Stalin], await Titles(page));
    }

    [Fact]
    public async Task WithJavaScriptASelectionFromALinkIsKeptOnlyWhenAsked()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/documents/112082");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add document 112082 to selection" }).ClickAsync();

        await page.GotoAsync("/selection?ids=112079");
        await Assertions.Expect(page.Locator("#selection-sync")).ToBeVisibleAsync();
        Assert.Equal(["112082"], await Kept(page));

        await page.GetByRole(AriaRole.Button, new() { Name = "Keep this list as my selection" }).ClickAsync();

        await Assertions.Expect(page.Locator("#selection-sync")).ToBeHiddenAsync();
        Assert.Equal(["112079"], await Kept(page));
        await Assertions.Expect(page.Locator("#selection-link")).ToHaveAttributeAsync("href", "/selection?ids=112079");
    }

    [Fact]
    public async Task WithoutJavaScriptTheAddressCarriesTheSelectionFromResultsToTheSelectionPage()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.GotoAsync("/search?q=pilots&sort=date");

        Assert.Equal(0, await page.Locator("button.select-button").CountAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Add document 112079 to selection" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=pilots&sort=date&sel=112079#select-112079");
        await Assertions.Expect(page.Locator("#selection-link")).ToHaveTextAsync("Selection (1)");

        await page.GetByRole(AriaRole.Link, new() { Name = Stalin }).ClickAsync();
        // A result's link carries its list and place (stepping through results) and the selection.
        await page.WaitForURLAsync("**/documents/112082?q=pilots&sort=date&sel=112079&n=2");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add document 112082 to selection" }).ClickAsync();
        await Assertions.Expect(page.Locator("#selection-link")).ToHaveTextAsync("Selection (2)");

        await page.Locator("#selection-link").ClickAsync();
        await page.WaitForURLAsync("**/selection?ids=112079,112082");
        Assert.Equal([Shtykov, Stalin], await Titles(page));

        await page.GetByRole(AriaRole.Link, new() { Name = "Move down “" + Shtykov + "”" }).ClickAsync();
        Assert.Equal([Stalin, Shtykov], await Titles(page));

        await page.GetByLabel("Style").SelectOptionAsync("mla");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        // A form sends the comma as %2C.
        await page.WaitForURLAsync(url => Uri.UnescapeDataString(url).EndsWith("/selection?ids=112082,112079&style=mla", StringComparison.Ordinal));
        Assert.StartsWith("Stalin, Joseph. \u201CTelegram from Stalin", (await page.Locator(".bibliography-entries li").First.TextContentAsync())!.Trim(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Remove “" + Shtykov + "”" }).ClickAsync();
        await page.WaitForURLAsync("**/selection?ids=112082&style=mla");
        Assert.Equal([Stalin], await Titles(page));
    }
}
