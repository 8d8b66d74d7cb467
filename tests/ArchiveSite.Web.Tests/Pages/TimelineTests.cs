using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>The timeline on browse and search: bars that are links, keep the search, and narrow it to what they count.</summary>
public sealed class TimelineTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task BrowseShowsAMonthBarNamedWithItsCountLinkingToThatMonth()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/");

        var bar = Assert.Single(page.QuerySelectorAll(".timeline-bars a"));
        Assert.Equal("November 1950: 2 documents", bar.QuerySelector(".visually-hidden").Text());
        Assert.Equal("/?f.month=1950-11", bar.GetAttribute("href"));
        Assert.Equal("Documents by month", page.QuerySelector("#timeline-heading").Text());
    }

    [Fact]
    public async Task ABarKeepsTheQueryTheFacetsAndTheOrder()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=pilots&sort=date&f.language=Russian");

        Assert.Equal("/search?q=pilots&sort=date&f.language=Russian&f.month=1950-11", page.QuerySelector(".timeline-bars a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task FollowingABarListsItsDocumentsMarksItAndOffersToRemoveIt()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=Manchuria+OR+Gromyko&f.month=1950-11");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2 documents found", page.QuerySelector("#results-heading").Text());
        var selected = page.QuerySelector(".timeline-bars li.selected [aria-current=true]");
        Assert.Equal("November 1950: 2 documents (selected)", selected!.QuerySelector(".visually-hidden").Text());
        Assert.Empty(page.QuerySelectorAll(".timeline-bars a"));
        Assert.Equal("/search?q=Manchuria%20OR%20Gromyko", page.QuerySelector(".active-filters a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task NoResultsNoTimeline()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=zeppelin");

        Assert.Null(page.QuerySelector(".timeline"));
    }
}

/// <summary>The timeline over a span of twenty years: years first, then a year's months.</summary>
public sealed class LongTimelineTests(ManyYearsSiteFactory factory) : IClassFixture<ManyYearsSiteFactory>
{
    [Fact]
    public async Task ALongSpanShowsYearsAndAYearOpensOntoItsMonths()
    {
        var client = factory.CreateClient();
        var (_, all) = await Html.GetAsync(client, "/search?q=aviation");

        Assert.Equal("Documents by year", all.QuerySelector("#timeline-heading").Text());
        Assert.Equal($"{ManyYearsSiteFactory.Years + 1} documents found", all.QuerySelector("#results-heading").Text());
        var bars = all.QuerySelectorAll(".timeline-bars li");
        Assert.Equal(ManyYearsSiteFactory.Years, bars.Length);
        var year1950 = all.QuerySelectorAll(".timeline-bars a").Single(a => a.QuerySelector(".visually-hidden").Text() == "1950: 2 documents");
        Assert.Equal("/search?q=aviation&f.year=1950", year1950.GetAttribute("href"));

        var (_, year) = await Html.GetAsync(client, year1950.GetAttribute("href")!);

        Assert.Equal("2 documents found", year.QuerySelector("#results-heading").Text());
        Assert.Equal("Documents by month", year.QuerySelector("#timeline-heading").Text());
        Assert.Equal(["November 1950: 2 documents"], year.QuerySelectorAll(".timeline-bars a .visually-hidden").Select(s => s.Text()));
        Assert.Equal("/search?q=aviation&f.year=1950&f.month=1950-11", year.QuerySelector(".timeline-bars a")!.GetAttribute("href"));
    }
}
