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
