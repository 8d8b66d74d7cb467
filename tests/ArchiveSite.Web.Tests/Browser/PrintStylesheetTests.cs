using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// The print stylesheet: a document prints as its title, metadata, summary, text, citations and
/// permalinks, black on white in serif even when the screen is dark, without the site's
/// navigation, forms, buttons or lists of other records.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintStylesheetTests(BrowserFixture browser)
{
    private async Task<IPage> PrintedAsync(string url, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(url);
        await page.EmulateMediaAsync(new() { Media = Media.Print, ColorScheme = scheme });
        return page;
    }

    [Theory]
    [InlineData(".site-header")]
    [InlineData(".quick-search")]
    [InlineData(".skip-link")]
    [InlineData(".site-footer")]
    [InlineData(".find-in-document")]
    [InlineData(".copy-button")]
    [InlineData(".downloads")]
    [InlineData(".para-link")]
    [InlineData(".relations")]
    [InlineData(".cite-jump")]
    [InlineData(".select-toggle")]
    public async Task TheSitesApparatusIsNotPrinted(string selector)
    {
        var page = await PrintedAsync("/documents/112082");

        Assert.True(await page.Locator(selector).CountAsync() > 0, $"the page has {selector} on screen");
        Assert.Equal(0, await page.Locator(selector + ":visible").CountAsync());
    }

    [Fact]
    public async Task TheDocumentItsCitationsAndItsPermalinksArePrinted()
    {
        var page = await PrintedAsync("/documents/112082");

        foreach (var selector in new[] { "h1", ".meta", ".summary", ".cite", ".citation-text", ".body" })
        {
            Assert.True(await page.Locator(selector).IsVisibleAsync(), $"{selector} is printed");
        }

        Assert.Equal(4, await page.Locator(".formatted-citation:visible").CountAsync());
        Assert.Contains("Joseph Stalin to Kim Il Sung (via Terentii Shtykov), telegram", await page.Locator("#citation-chicago-note").InnerTextAsync(), StringComparison.Ordinal);

        // The permalink and the versioned permalink are printed as their full addresses.
        var permalinks = page.Locator(".permalinks dd > a:visible");
        Assert.Equal(2, await permalinks.CountAsync());
        foreach (var link in await permalinks.AllAsync())
        {
            var href = await link.GetAttributeAsync("href");
            Assert.StartsWith("http://127.0.0.1:", href, StringComparison.Ordinal);
            Assert.Equal(href, (await link.InnerTextAsync()).Trim());
        }

        Assert.EndsWith("/documents/112082", await permalinks.First.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ItPrintsBlackOnWhiteInSerifEvenWhenTheScreenIsDark()
    {
        var page = await PrintedAsync("/documents/112082", ColorScheme.Dark);

        var colours = await page.EvaluateAsync<string[]>("""
            () => ['body', '.cite', '.body p', 'h1', '.permalinks a'].flatMap(s => {
                const c = getComputedStyle(document.querySelector(s));
                return [s + ' ' + c.color, s + ' ' + c.backgroundColor];
            })
            """);
        Assert.Contains("body rgb(0, 0, 0)", colours);
        Assert.Contains("body rgb(255, 255, 255)", colours);
        Assert.Contains(".body p rgb(0, 0, 0)", colours);
        Assert.Contains("h1 rgb(0, 0, 0)", colours);
        Assert.Contains(".permalinks a rgb(0, 0, 0)", colours);
        Assert.Contains(".cite rgb(255, 255, 255)", colours);

        foreach (var selector in new[] { ".body p", "h2", ".meta dt", ".formatted-citation", ".permalinks dt" })
        {
            var family = await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
            Assert.StartsWith("Charter", family, StringComparison.Ordinal);
            Assert.EndsWith("serif", family, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(".meta")]
    [InlineData(".citation-style")]
    [InlineData(".references")]
    public async Task BlocksOfMetadataAndCitationsAreNotSplitAcrossPages(string selector)
    {
        var page = await PrintedAsync("/documents/112082");

        Assert.Equal("avoid", await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));
    }

    [Fact]
    public async Task AListOfResultsPrintsWithoutItsFormsFacetsAndTimeline()
    {
        var page = await PrintedAsync("/search?q=pilots");

        foreach (var selector in new[] { ".search-form", ".facets", ".timeline", ".site-header" })
        {
            Assert.False(await page.Locator(selector).IsVisibleAsync(), $"{selector} is not printed");
        }

        Assert.Equal(2, await page.Locator(".hit:visible").CountAsync());
    }

    [Fact]
    public async Task ChromiumPrintsTheDocumentToPdf()
    {
        var page = await PrintedAsync("/documents/112082");

        var pdf = await page.PdfAsync(new() { Format = "A4" });

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5), StringComparison.Ordinal);
        var pages = Regex.Count(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page(?!s)");
        Assert.InRange(pages, 2, 6);
    }

    [Fact]
    public async Task ASelectionPrintsAsItsBibliographyAlone()
    {
        var page = await PrintedAsync("/selection?ids=112082,112079&style=mla");

        Assert.Equal(2, await page.Locator(".bibliography-entries li:visible").CountAsync());
        Assert.True(await page.Locator("#bibliography-heading").IsVisibleAsync());
        foreach (var selector in new[] { ".selection-documents", ".style-form", ".selection-search", ".lede", ".bibliography .help", ".downloads" })
        {
            Assert.Equal(0, await page.Locator(selector + ":visible").CountAsync());
        }
    }
}
