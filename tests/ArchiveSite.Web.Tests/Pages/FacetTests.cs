using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>Facets on browse and search: counts, links that narrow, shareable URLs.</summary>
public sealed class FacetTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task BrowseShowsFacetCountsWithLinksThatNarrow()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/");

        var sender = page.QuerySelector("#facet-sender")!.ParentElement!;
        var kim = sender.QuerySelectorAll("li").Single(li => li.QuerySelector("a")!.TextContent == "Kim Il Sung");
        Assert.Equal("1", kim.QuerySelector(".count").Text());
        Assert.Equal("/?f.sender=Kim%20Il%20Sung", kim.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("November 1950", page.QuerySelector("#facet-month")!.ParentElement!.QuerySelector("a").Text());
    }

    [Fact]
    public async Task AFacetUrlNarrowsTheListAndOffersToRemoveTheFilter()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/?f.sender=Kim%20Il%20Sung");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["/documents/112079"], page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]));
        Assert.Equal("/", page.QuerySelector(".active-filters a")!.GetAttribute("href"));
        Assert.Contains("Kim Il Sung", page.QuerySelector(".facet-selected").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchFacetsKeepTheQueryAndTheSearchFormKeepsTheFacets()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=pilots&f.via=Terentii+Shtykov");

        Assert.Equal(["/documents/112082"], page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]));
        Assert.Equal("Terentii Shtykov", page.QuerySelector("form.search-form input[type=hidden][name='f.via']")!.GetAttribute("value"));
        var languageLink = page.QuerySelector("#facet-language")!.ParentElement!.QuerySelector("a")!.GetAttribute("href");
        Assert.Equal("/search?q=pilots&f.via=Terentii%20Shtykov&f.language=Russian", languageLink);
    }

    [Fact]
    public async Task FacetsAloneAreASearch()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?f.delo=APRF%2C+Fond+45%2C+Opis+1%2C+Delo+347");

        Assert.Equal("2 documents found", page.QuerySelector("#results-heading").Text());
    }

    [Fact]
    public async Task AnUnknownFacetIsExplainedNotIgnored()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/?f.colour=red");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no facet called 'colour'", page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
    }
}
