using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>A document reached from a search marks what matched; researchers can also search within it.</summary>
public sealed class DetailHighlightTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task SearchResultLinksCarryTheQueryAndThePlaceInTheList()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=pilots+Manchuria");

        Assert.Equal("/documents/112082?q=pilots%20Manchuria&n=1", page.QuerySelector("li.hit h3 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task EveryMatchInTheTextIsMarkedNumberedAndCounted()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082?q=Manchuria");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var marks = page.QuerySelectorAll(".body mark");
        Assert.Equal(["MANCHURIA", "MANCHURIA", "MANCHURIA"], marks.Select(m => m.TextContent));
        Assert.Equal(["hit-1", "hit-2", "hit-3"], marks.Select(m => m.Id));
        Assert.StartsWith("3 matches for “Manchuria”", page.QuerySelector(".match-summary").Text(), StringComparison.Ordinal);
        Assert.Equal("#hit-2", page.QuerySelector("#hit-1 + .hit-nav a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ANameIsMarkedInEverySpellingAndStemmedWordsToo()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112079?q=Kim+II+Sung+pilot");

        var marks = page.QuerySelectorAll(".body mark").Select(m => m.TextContent).ToArray();
        Assert.Contains("KIM IL SUNG", marks);
        Assert.Contains("pilots", marks);
        Assert.Contains("pilot", marks);
    }

    [Fact]
    public async Task FindInThisDocumentSaysWhenNothingMatches()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112079?q=submarine");

        Assert.Empty(page.QuerySelectorAll(".body mark"));
        Assert.StartsWith("0 matches for “submarine”", page.QuerySelector(".match-summary").Text(), StringComparison.Ordinal);
        Assert.Equal("submarine", page.QuerySelector("#find-q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task AnUnreadableQueryOnADocumentIsExplainedAndTheTextStillShown()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112079?q=%22pilots");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("quotation mark", page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
        Assert.Contains("CIPHERED TELEGRAM", page.QuerySelector(".body").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePermalinkShownNeverCarriesTheQuery()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082?q=pilots");

        Assert.Equal("http://localhost/documents/112082", page.QuerySelector(".permalinks dd a")!.GetAttribute("href"));
    }
}
