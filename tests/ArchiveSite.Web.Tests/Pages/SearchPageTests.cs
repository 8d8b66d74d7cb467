using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

public sealed class SearchPageTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task AnEmptySearchPageShowsTheFormAndNoResults()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/search");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("form.search-form input[name=q]"));
        Assert.Empty(page.QuerySelectorAll("li.hit"));
    }

    [Fact]
    public async Task AWordFromASeedFindsItWithMarkedMatchesAndKeepsTheQueryInTheForm()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=MIG-15");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1 document found", page.QuerySelector("#results-heading").Text());
        var hit = Assert.Single(page.QuerySelectorAll("li.hit"));
        Assert.Equal("/documents/112082?q=MIG-15&n=1", hit.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Contains(hit.QuerySelectorAll(".hit-snippet mark"), m => m.TextContent == "MIG-15's" || m.TextContent.StartsWith("MIG", StringComparison.Ordinal));
        Assert.Equal("MIG-15", page.QuerySelector("#q")!.GetAttribute("value"));
    }

    [Fact]
    public async Task EitherSpellingOfKimIlSungFindsBothAndSaysWhichNamesWereSearched()
    {
        var client = factory.CreateClient();
        foreach (var query in new[] { "Kim+II+Sung", "Kim+Il+Sung" })
        {
            var (_, page) = await Html.GetAsync(client, "/search?q=" + query);

            Assert.Equal("2 documents found", page.QuerySelector("#results-heading").Text());
            Assert.StartsWith("Kim Il Sung (", page.QuerySelector(".person").Text(), StringComparison.Ordinal);
            Assert.Contains(page.QuerySelectorAll("li.hit mark"), m => m.TextContent == "Kim II Sung");
        }
    }

    [Fact]
    public async Task TheResultsSayHowTheDocumentsWriteTheNameSearched()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=Fyn+Si");

        var spellings = Assert.Single(page.QuerySelectorAll(".spellings li"));
        Assert.StartsWith("Joseph Stalin:", spellings.Text().Trim(), StringComparison.Ordinal);
        Assert.Contains("Stalin in 2 documents; FYN SI in 1 document", Normalize(spellings.Text()), StringComparison.Ordinal);
        Assert.Equal(["Stalin", "FYN SI"], spellings.QuerySelectorAll("q.spelling").Select(q => q.Text()));
    }

    [Fact]
    public async Task AQueryThatCannotBeReadLinksToTheSearchHelp()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=%22Kim");

        Assert.NotNull(page.QuerySelector(".error-message a[href='/search/help']"));
    }

    [Fact]
    public async Task DatesAloneSearchByDateAndAreKeptInTheForm()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?from=1950-11-18&to=");

        Assert.Equal(["/documents/112082"], page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]));
        Assert.Equal("1950-11-18", page.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal("date", page.QuerySelector("#sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SortByDateDescendingPutsTheLaterTelegramFirst()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=pilots&sort=date-desc");

        Assert.Equal(["/documents/112082", "/documents/112079"], page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]));
    }

    [Theory]
    [InlineData("/search?q=%22Kim+Il+Sung", "quotation mark")]
    [InlineData("/search?q=*pilots", "wildcard")]
    [InlineData("/search?q=pilots+AND", "ends with 'AND'")]
    [InlineData("/search?from=soon", "'from' date 'soon'")]
    [InlineData("/search?from=1951&to=1950", "after the 'to' date")]
    public async Task MalformedSearchesAnswerWithAClearMessageNotAnError(string url, string expected)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStrayColonIsSearchedAsAWordWithANotice()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=Copies:+Bulganin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no field called 'Copies'", page.QuerySelector(".notice").Text(), StringComparison.Ordinal);
        Assert.Contains("/documents/112082", page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]));
    }

    [Fact]
    public async Task QueryTextIsEncodedWhereverItIsShown()
    {
        var client = factory.CreateClient();
        var response = await client.GetAsync("/search?q=%3Cscript%3Ealert(1)%3C/script%3E");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesOfResultsLinkToEachOtherKeepingTheQuery()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=Stalin");

        // Two results fit on one page: no pager, and an honest count.
        Assert.Null(page.QuerySelector("nav.pager"));
        Assert.Equal("2 documents found", page.QuerySelector("#results-heading").Text());
    }

    private static string Normalize(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
