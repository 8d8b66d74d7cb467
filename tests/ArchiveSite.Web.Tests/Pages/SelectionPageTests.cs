using System.Net;
using AngleSharp.Dom;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>/selection?ids=…: the documents in the researcher's order, changes as links, the bibliography and bad input.</summary>
public sealed class SelectionPageTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    private async Task<(HttpResponseMessage Response, IDocument Page)> Get(string url) => await Html.GetAsync(factory.CreateClient(), url);

    private static string[] Titles(IDocument page) => page.QuerySelectorAll(".selection-list .hit-title a").Select(a => a.Text()).ToArray();

    private static string Link(IDocument page, string id, string text) =>
        page.QuerySelector($"#select-{id}")!.QuerySelectorAll(".selection-actions a").Single(a => a.Text().StartsWith(text, StringComparison.Ordinal)).GetAttribute("href")!;

    [Fact]
    public async Task TheDocumentsAreListedInTheAddressesOrderWithTheirPermalinks()
    {
        var (response, page) = await Get("/selection?ids=112079,112082");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin", "Telegram from Stalin to Kim II Sung, via Shtykov"], Titles(page));
        var first = page.QuerySelector("#select-112079")!;
        Assert.Contains("November 17, 1950", first.Text(), StringComparison.Ordinal);
        Assert.Contains("APRF, Fond 45, Opis 1, Delo 347, Listy 88-89", first.Text(), StringComparison.Ordinal);
        Assert.Contains(first.QuerySelectorAll("a"), a => a.GetAttribute("href") == "http://localhost/documents/112079");
        Assert.Contains(first.QuerySelectorAll("a"), a => System.Text.RegularExpressions.Regex.IsMatch(a.GetAttribute("href")!, "^http://localhost/documents/112079/v/[0-9a-f]{12}$"));
    }

    [Fact]
    public async Task RemovingAndMovingAreLinksToTheNewList()
    {
        var (_, page) = await Get("/selection?ids=112079,112082&style=mla");

        Assert.Equal("/selection?ids=112082,112079&style=mla#select-112082", Link(page, "112082", "Move up"));
        Assert.Equal("/selection?ids=112082,112079&style=mla#select-112079", Link(page, "112079", "Move down"));
        Assert.Equal("/selection?ids=112082&style=mla", Link(page, "112079", "Remove"));
        Assert.Null(page.QuerySelector("#select-112079")!.QuerySelectorAll(".selection-actions a").FirstOrDefault(a => a.Text().StartsWith("Move up", StringComparison.Ordinal)));

        var (_, moved) = await Get(Link(page, "112082", "Move up"));
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", Titles(moved)[0]);
    }

    [Theory]
    [InlineData("chicago", "Stalin, Joseph. Telegram to Kim Il Sung (via Terentii Shtykov), November 20, 1950.")]
    [InlineData("mla", "Stalin, Joseph. \u201CTelegram from Stalin to Kim II Sung, via Shtykov.\u201D 20 Nov. 1950.")]
    [InlineData("apa", "Stalin, J. (1950, November 20).")]
    public async Task TheBibliographyIsInTheStyleChosen(string style, string start)
    {
        var (_, page) = await Get($"/selection?ids=112082,112079&style={style}");

        var entries = page.QuerySelectorAll(".bibliography-entries li").Select(li => li.Text()).ToArray();
        Assert.Equal(2, entries.Length);
        Assert.StartsWith(start, entries[0], StringComparison.Ordinal);
        Assert.Equal(style, page.QuerySelector("#style option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task UnknownIdsAreListedAsNotFoundAndCanBeRemoved()
    {
        var (response, page) = await Get("/selection?ids=112082,999999,%3Cscript%3E");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["Telegram from Stalin to Kim II Sung, via Shtykov"], Titles(page));
        var missing = page.QuerySelector(".selection-missing")!;
        Assert.Equal(["<script>", "999999"], missing.QuerySelectorAll("code").Select(c => c.TextContent));
        Assert.Equal("/selection?ids=112082", missing.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PastTheCapTheSelectionSaysHowManyWereLeftOut()
    {
        var ids = string.Join(",", Enumerable.Range(1, 105).Select(n => $"d{n}").Prepend("112082"));

        var (response, page) = await Get("/selection?ids=" + ids);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("6 more documents than a selection holds: only the first 100 are kept", page.QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownStyleIsABadRequestThatNamesTheStyles()
    {
        var (response, page) = await Get("/selection?ids=112082&style=harvard");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is no bibliography style called “harvard”. Choose one of: Chicago (chicago), MLA (mla), APA (apa).", page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll(".bibliography-entries li"));
    }

    [Fact]
    public async Task AnEmptySelectionSaysHowToMakeOne()
    {
        var (response, page) = await Get("/selection");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("No documents selected yet", page.QuerySelector("#empty-heading")!.Text());
        Assert.Null(page.QuerySelector(".bibliography"));
    }

    [Fact]
    public async Task WithoutJavaScriptAResultListCarriesTheSelectionInItsAddress()
    {
        var (_, results) = await Get("/search?q=pilots&sort=date");
        var add = results.QuerySelector("#select-112079 a")!.GetAttribute("href")!;
        Assert.Equal("/search?q=pilots&sort=date&sel=112079#select-112079", add);

        var (_, added) = await Get(add);
        Assert.Equal("/selection?ids=112079", added.QuerySelector("#selection-link")!.GetAttribute("href"));
        Assert.Equal("Selection (1)", added.QuerySelector("#selection-link")!.Text());
        Assert.Contains("In your selection", added.QuerySelector("#select-112079")!.Text(), StringComparison.Ordinal);
        // The result's link carries its list and place (stepping through results) and the selection.
        Assert.Equal("/documents/112082?q=pilots&sort=date&sel=112079&n=2", added.QuerySelector("#select-112082")!.ParentElement!.QuerySelector(".hit-title a")!.GetAttribute("href"));
        Assert.Equal("112079", added.QuerySelector("form.search-form input[name=sel]")!.GetAttribute("value"));

        var (_, document) = await Get("/documents/112082?q=pilots&sel=112079");
        var both = document.QuerySelector("#select-112082 a")!.GetAttribute("href")!;
        Assert.Equal("/documents/112082?q=pilots&sel=112079,112082#select-112082", both);

        var (_, twice) = await Get(both);
        Assert.Equal("/selection?ids=112079,112082", twice.QuerySelector("#selection-link")!.GetAttribute("href"));
        var (_, selection) = await Get(twice.QuerySelector("#selection-link")!.GetAttribute("href")!);
        Assert.Equal(2, Titles(selection).Length);
    }
}
