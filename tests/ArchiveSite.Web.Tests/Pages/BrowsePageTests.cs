using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

public sealed class BrowsePageTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task BrowseListsEverySeedByDateLinkingItsPermalinkWithItsPlaceInTheList()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var hits = page.QuerySelectorAll("li.hit");
        Assert.Equal(2, hits.Length);
        Assert.Equal(["/documents/112079?list=browse&n=1", "/documents/112082?list=browse&n=2"], hits.Select(h => h.QuerySelector("h3 a")!.GetAttribute("href")));
        Assert.Equal("November 17, 1950", hits[0].QuerySelector("time").Text());
        Assert.Equal("1950-11-17", hits[0].QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Kim Il Sung asks to send Korean students over in order to learn flying and maintenance techniques.", hits[0].QuerySelector(".hit-summary").Text());
        Assert.Contains("2 documents", page.QuerySelector(".lede").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APageBeyondTheEndSaysSo()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/?page=9");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("There is no page 9", page.QuerySelector(".notice").Text(), StringComparison.Ordinal);
    }
}
