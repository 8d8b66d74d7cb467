using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>
/// A document opened from a result list: "result 7 of 22", the results either side and the way back
/// to the right page of the list, all carried in the address (query, dates, facets, order, place).
/// </summary>
public sealed class ResultSteppingTests(ManyYearsSiteFactory factory) : IClassFixture<ManyYearsSiteFactory>
{
    // Every report and both seeds mention pilots: 22 results, two pages of a search. By date the
    // reports of 1940 to 1950 come first (the one of 1950 is of 5 November), then the seeds of
    // 17 and 20 November 1950 (results 12 and 13), then the reports of 1951 to 1959.
    private const int Total = ManyYearsSiteFactory.Years + 2;

    [Fact]
    public async Task EachResultsLinkCarriesTheSearchAndItsPlaceButNotThePage()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=pilots&sort=date&f.language=Russian&page=2");

        var links = page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(2, links.Length);
        // By date: the reports of 1940 to 1950, the seeds of November 1950, then 1951 to 1959.
        Assert.Equal("/documents/report-1958?q=pilots&sort=date&f.language=Russian&n=21", links[0]);
        Assert.EndsWith("&n=22", links[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowingNextFromTheFirstResultWalksTheWholeListInItsOrder()
    {
        var client = factory.CreateClient();
        var listed = new List<string>();
        for (var number = 1; number <= 2; number++)
        {
            var (_, results) = await Html.GetAsync(client, $"/search?q=pilots&sort=date-desc&page={number}");
            listed.AddRange(results.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!));
        }

        Assert.Equal(Total, listed.Count);
        var walked = new List<string>();
        var next = listed[0];
        for (var position = 1; next is not null; position++)
        {
            var (response, page) = await Html.GetAsync(client, next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal($"Result {position} of {Total}", page.QuerySelector(".result-count").Text());
            walked.Add(next);
            next = page.QuerySelector(".result-step a[rel=next]")?.GetAttribute("href");
            var previous = page.QuerySelector(".result-step a[rel=prev]")?.GetAttribute("href");
            Assert.Equal(position == 1 ? null : walked[^2], previous);
        }

        Assert.Equal(listed, walked);
    }

    [Theory]
    [InlineData(1, "/search?q=pilots&sort=date")]
    [InlineData(20, "/search?q=pilots&sort=date")]
    [InlineData(21, "/search?q=pilots&sort=date&page=2")]
    public async Task BackToTheResultsIsThePageThatHoldsTheResult(int position, string back)
    {
        var client = factory.CreateClient();
        var (_, results) = await Html.GetAsync(client, $"/search?q=pilots&sort=date&page={(position - 1) / 20 + 1}");
        var link = results.QuerySelectorAll("li.hit h3 a")[(position - 1) % 20].GetAttribute("href")!;

        var (_, page) = await Html.GetAsync(client, link);

        Assert.Equal(back, page.QuerySelectorAll(".result-step a").Single(a => a.Text() == "Back to the results").GetAttribute("href"));
    }

    [Fact]
    public async Task FromBrowseTheStepsAndTheWayBackStayInBrowse()
    {
        var client = factory.CreateClient();
        var (_, browse) = await Html.GetAsync(client, "/?f.language=Russian");
        var first = browse.QuerySelector("li.hit h3 a")!.GetAttribute("href")!;
        Assert.Equal("/documents/report-1940?f.language=Russian&list=browse&n=1", first);

        var (_, page) = await Html.GetAsync(client, first);

        Assert.Equal($"Result 1 of {Total}", page.QuerySelector(".result-count").Text());
        Assert.Equal("/?f.language=Russian", page.QuerySelectorAll(".result-step a").Single(a => a.Text() == "Back to the results").GetAttribute("href"));
        Assert.Equal("/documents/report-1941?f.language=Russian&list=browse&n=2", page.QuerySelector(".result-step a[rel=next]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task SteppingLeavesThePermalinkTheMarkedTextAndTheRestOfThePageAsTheyWere()
    {
        var client = factory.CreateClient();
        var (_, plain) = await Html.GetAsync(client, "/documents/112082?q=pilots");
        var (_, stepped) = await Html.GetAsync(client, "/documents/112082?q=pilots&sort=date&n=13");

        Assert.Null(plain.QuerySelector(".result-step"));
        Assert.NotNull(stepped.QuerySelector(".result-step .result-count"));
        Assert.EndsWith("/documents/112082", stepped.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(plain.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), stepped.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        // The selection's add control links the page's own address with the selection changed, so
        // it differs by the address; everything else of the document is the same.
        foreach (var toggle in plain.QuerySelectorAll(".select-toggle").Concat(stepped.QuerySelectorAll(".select-toggle")))
        {
            toggle.Remove();
        }

        Assert.Equal(plain.QuerySelector("article.document")!.InnerHtml, stepped.QuerySelector("article.document")!.InnerHtml);
        Assert.NotEmpty(stepped.QuerySelectorAll(".body mark"));
    }

    [Fact]
    public async Task ADocumentNoLongerAtItsPlaceSaysSoWithoutSteps()
    {
        // 112082 is result 13 by date; the link says 5, as a list shown before records were added would.
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082?q=pilots&sort=date&n=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no longer result 5 of the search", page.QuerySelector(".result-step [role=status]").Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".result-step a[rel]"));
        Assert.Equal("/search?q=pilots&sort=date", page.QuerySelector(".result-step a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task APlacePastTheEndOfTheListSaysHowManyItHoldsAndLinksItsLastPage()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082?q=pilots&n=500");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"now finds {Total} documents, so there is no result 500", page.QuerySelector(".result-step [role=status]").Text(), StringComparison.Ordinal);
        Assert.Equal("/search?q=pilots&page=2", page.QuerySelector(".result-step a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("n=abc", "is not a place in a result list")]
    [InlineData("n=0", "is not a place in a result list")]
    [InlineData("n=-3", "is not a place in a result list")]
    [InlineData("n=", "is not a place in a result list")]
    [InlineData("n=99999999999999999999", "is not a place in a result list")]
    [InlineData("n=1&q=%22unclosed", "cannot run: The query has an opening quotation mark")]
    [InlineData("n=1&from=yesterday", "cannot run:")]
    [InlineData("n=1&sort=sideways", "cannot run:")]
    [InlineData("n=1&f.shelf=3", "cannot run: There is no facet called 'shelf'")]
    public async Task ABadPlaceOrSearchIsSaidPlainlyOnTheDocumentsPage(string query, string expected)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082?" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.QuerySelector(".result-step [role=status]").Text(), StringComparison.Ordinal);
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", page.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task AnUnknownDocumentWithAPlaceIsStillTheNotFoundPage()
    {
        var (response, _) = await Html.GetAsync(factory.CreateClient(), "/documents/no-such-document?q=pilots&n=1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
