using System.Net;
using AngleSharp.Dom;

namespace ArchiveSite.Web.Tests.Pages;

public sealed class SearchHelpPageTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task TheHelpPageAnswersWithHtmlAndDocumentsEverySyntax()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/search/help");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Search help", page.QuerySelector("h1").Text());
        var examples = ExampleLinks(page).Select(a => a.Text()).ToArray();
        foreach (var expected in new[] { "pilot*", "pilot~", "Fond 45", "f. 45", "Delo 347", "Kim II Sung", "Ким Ир Сен", "Fyn Si", "date:1950-11", "date:\"November 20, 1950\"", "date:[1950-11-01 TO 1950-11-19]", "\"jet fighter regiments\"" })
        {
            Assert.Contains(expected, examples);
        }

        foreach (var prefix in new[] { "title:", "summary:", "body:", "text:", "citation:", "ref:", "archive:", "language:", "id:", "person:", "date:" })
        {
            Assert.Contains(examples, e => e.StartsWith(prefix, StringComparison.Ordinal));
        }

        Assert.Contains(ExampleLinks(page), a => a.GetAttribute("href")!.Contains("sort=date-desc", StringComparison.Ordinal));
        Assert.Contains(ExampleLinks(page), a => a.GetAttribute("href")!.Contains("from=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryExampleOnTheHelpPageRunsAndFindsSomething()
    {
        var client = factory.CreateClient();
        var (_, help) = await Html.GetAsync(client, "/search/help");
        var links = ExampleLinks(help).Select(a => a.GetAttribute("href")!).ToArray();
        Assert.True(links.Length >= 30, $"Only {links.Length} example links were found.");

        foreach (var link in links)
        {
            var (response, page) = await Html.GetAsync(client, link);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {response.StatusCode}.");
            Assert.True(page.QuerySelector("[role=alert]") is null, $"{link} says: {page.QuerySelector("[role=alert]").Text()}");
            Assert.True(page.QuerySelectorAll("li.hit").Length > 0, $"{link} found nothing.");
        }
    }

    [Fact]
    public async Task TheMistakesTheHelpPageListsAreShownWithTheSearchsOwnMessages()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search/help");
        var messages = page.QuerySelectorAll("section[aria-labelledby=errors] td:nth-child(2)")
            .Select(td => td.Text()).ToArray();

        Assert.Contains(messages, m => m.StartsWith("The query has an opening quotation mark without a closing one.", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("A word cannot start with the wildcard '*'", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("The 'from' date 'soon' is not a date the archive can read.", StringComparison.Ordinal));
        Assert.DoesNotContain("", messages);
    }

    [Fact]
    public async Task TheSearchPageAndTheSiteHeaderLinkToTheHelp()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search");

        Assert.NotNull(page.QuerySelector("nav[aria-label=Site] a[href='/search/help']"));
        Assert.NotNull(page.QuerySelector("form.search-form a[href='/search/help']"));
        Assert.NotNull(page.QuerySelector("form.search-form a[href='/search/advanced']"));
    }

    [Fact]
    public async Task TheAdvancedSearchPageShowsItsFormWithoutSearching()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/search/advanced");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = page.QuerySelector("form[action='/search/advanced'][method=get]");
        Assert.NotNull(form);
        foreach (var name in new[] { "all", "phrase", "any", "none", "field", "ref", "person", "from", "to", "sort" })
        {
            var input = form!.QuerySelector($"[name={name}]");
            Assert.NotNull(input);
            Assert.NotNull(page.QuerySelector($"label[for={input!.Id}]"));
        }

        Assert.Null(page.QuerySelector("[role=alert]"));
    }

    [Theory]
    [InlineData(
        "/search/advanced?all=pilots&phrase=&any=&none=Manchuria&field=anywhere&ref=&person=&from=&to=&sort=relevance",
        "/search?q=pilots%20NOT%20Manchuria&sort=relevance",
        new[] { "/documents/112079" })]
    [InlineData(
        "/search/advanced?all=&phrase=jet+fighter+regiments&any=&none=&field=text&ref=f.+45&person=%D0%9A%D0%B8%D0%BC+%D0%98%D1%80+%D0%A1%D0%B5%D0%BD&from=November+1950&to=&sort=date",
        "/search?q=text%3A%22jet%20fighter%20regiments%22%20f.%2045%20%22%D0%9A%D0%B8%D0%BC%20%D0%98%D1%80%20%D0%A1%D0%B5%D0%BD%22&from=November%201950&sort=date",
        new[] { "/documents/112082" })]
    [InlineData(
        "/search/advanced?any=Manchuria+Gromyko&field=title&sort=date",
        "/search?q=(title%3AManchuria%20OR%20title%3AGromyko)&sort=date",
        new[] { "/documents/112079" })]
    [InlineData(
        "/search/advanced?all=&from=1950-11-18&to=&sort=date",
        "/search?from=1950-11-18&sort=date",
        new[] { "/documents/112082" })]
    public async Task TheAdvancedFormRedirectsToTheSearchItComposesAndThatSearchFindsTheSeed(string form, string expectedLocation, string[] expectedHits)
    {
        var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        var response = await client.GetAsync(form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.Equal(expectedLocation, location);
        var (_, page) = await Html.GetAsync(client, location);
        Assert.Null(page.QuerySelector("[role=alert]"));
        Assert.Equal(expectedHits, page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]));
    }

    [Theory]
    [InlineData("/search/advanced?all=&none=Manchuria&field=anywhere", "None of these words", "Manchuria")]
    [InlineData("/search/advanced?all=&phrase=&any=&none=&field=anywhere&ref=&person=&from=&to=&sort=relevance", "The form was empty", null)]
    public async Task AnAdvancedFormThatCannotSearchIsShownAgainWithTheReason(string url, string expected, string? keptNone)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(new() { AllowAutoRedirect = false }), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
        Assert.Equal(keptNone, page.QuerySelector("#none")!.GetAttribute("value"));
    }

    private static IEnumerable<IElement> ExampleLinks(IDocument page) => page.QuerySelectorAll("main a[href^='/search?']");
}
