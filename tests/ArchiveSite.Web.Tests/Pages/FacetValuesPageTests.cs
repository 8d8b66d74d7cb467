using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>The page of every value of one facet, reached when the facet list shows only the first few.</summary>
public sealed class FacetValuesPageTests(ManyYearsSiteFactory factory) : IClassFixture<ManyYearsSiteFactory>
{
    [Fact]
    public async Task ALongFacetListLinksToAllItsValuesKeepingTheSearch()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=aviation&f.language=Russian");

        var more = page.QuerySelector("#facet-year")!.ParentElement!.QuerySelector(".facet-more a");
        Assert.Equal("More values for Year…", more.Text());
        Assert.Equal("/search/facet/year?q=aviation&f.language=Russian", more!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#facet-language")!.ParentElement!.QuerySelector(".facet-more"));
    }

    [Fact]
    public async Task EveryValueIsListedByCountOrInOrderAndEachAppliesItsFilter()
    {
        var client = factory.CreateClient();
        var (response, byCount) = await Html.GetAsync(client, "/search/facet/year?q=aviation");
        var (_, inOrder) = await Html.GetAsync(client, "/search/facet/year?q=aviation&facet.sort=index");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var counted = byCount.QuerySelectorAll(".facet-values li a").ToArray();
        Assert.Equal(ManyYearsSiteFactory.Years, counted.Length);
        Assert.Equal("1950", counted[0].Text());
        Assert.Equal("2", counted[0].ParentElement!.QuerySelector(".count").Text());
        Assert.Equal("/search?q=aviation&f.year=1950", counted[0].GetAttribute("href"));
        Assert.Equal(Enumerable.Range(ManyYearsSiteFactory.FirstYear, ManyYearsSiteFactory.Years).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            inOrder.QuerySelectorAll(".facet-values li a").Select(a => a.Text()));
        Assert.Equal("/search/facet/year?q=aviation&facet.sort=index", byCount.QuerySelector(".facet-order a")!.GetAttribute("href"));
        Assert.Equal("/search?q=aviation", inOrder.QuerySelector(".lede a")!.GetAttribute("href"));

        var (_, narrowed) = await Html.GetAsync(client, counted[0].GetAttribute("href")!);
        Assert.Equal("2 documents found", narrowed.QuerySelector("#results-heading").Text());
    }

    [Fact]
    public async Task AnUnknownFacetIsNotFound()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/search/facet/colour?q=aviation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1").Text());
    }
}

/// <summary>The help's section on the timeline, facet values and "did you mean": its addresses show what it says.</summary>
public sealed class BrowsingHelpTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task EveryAddressOfTheBrowsingHelpShowsWhatItDescribes()
    {
        var client = factory.CreateClient();
        var (_, help) = await Html.GetAsync(client, "/search/help");
        var links = help.QuerySelectorAll("section[aria-labelledby=browsing] td a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(4, links.Length);

        var (_, month) = await Html.GetAsync(client, links[0]);
        Assert.Equal("Month: November 1950", month.QuerySelector(".active-filters li strong")!.ParentElement!.Text().Replace(" remove", "", StringComparison.Ordinal));
        var (_, senders) = await Html.GetAsync(client, links[2]);
        Assert.Equal(["Joseph Stalin", "Kim Il Sung", "Terentii Shtykov"], senders.QuerySelectorAll(".facet-values a").Select(a => a.Text()));
        var (_, suggestion) = await Html.GetAsync(client, links[3]);
        Assert.Equal("/search?q=Manchuria%20OR%20Gromyko", suggestion.QuerySelector(".did-you-mean a")!.GetAttribute("href"));
    }
}
