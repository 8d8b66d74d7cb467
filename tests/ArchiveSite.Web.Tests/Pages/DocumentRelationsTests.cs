using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>The detail page's related records, reply links and archival file; the thread page; sort=archival.</summary>
public sealed class DocumentRelationsTests(RelationsSiteFactory factory) : IClassFixture<RelationsSiteFactory>
{
    private static string[] Paths(AngleSharp.Dom.IParentNode page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!.Split('?')[0]).ToArray();

    [Fact]
    public async Task TheDetailPageListsRelatedRecordsWithTitleDateAndLinkButNeverItself()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082");

        var related = Paths(page, ".related-list a");
        Assert.Equal("/documents/112079", related[0]);
        Assert.DoesNotContain("/documents/112082", related);
        Assert.InRange(related.Length, 1, 5);
        Assert.Equal("1950-11-17", page.QuerySelector(".related-list li time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task ReplyLinksGoBothWaysAndSayWhyTheyWereInferred()
    {
        var client = factory.CreateClient();
        var (_, answer) = await Html.GetAsync(client, "/documents/112082");
        var (_, original) = await Html.GetAsync(client, "/documents/112079");

        Assert.Equal(["/documents/112079"], Paths(answer, ".in-reply-to a"));
        Assert.Empty(answer.QuerySelectorAll(".answered-by"));
        Assert.Contains("Inferred: Joseph Stalin writes to Kim Il Sung 3 days after Kim Il Sung's message to Joseph Stalin, and says “I have received your telegram”.", answer.QuerySelector(".in-reply-to .reason").Text(), StringComparison.Ordinal);
        Assert.Equal(["/documents/112082"], Paths(original, ".answered-by a"));
        Assert.Empty(original.QuerySelectorAll(".in-reply-to"));
        Assert.Equal(["/documents/112082/thread"], Paths(answer, ".replies > p a"));
    }

    [Fact]
    public async Task ARecordWithoutRepliesShowsNoCorrespondenceSection()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/listy-9");

        Assert.Null(page.QuerySelector(".replies"));
    }

    [Fact]
    public async Task TheThreadPageListsTheExchangeInDateOrderWithTheCurrentRecordMarked()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082/thread");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = page.QuerySelectorAll(".thread-list > li");
        Assert.Equal(["/documents/112079", "/documents/112082"], items.Select(li => li.QuerySelector("h2 a")!.GetAttribute("href")));
        Assert.Equal([null, "page"], items.Select(li => li.GetAttribute("aria-current")));
        Assert.Equal(["1950-11-17", "1950-11-20"], items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Equal(["Date November 20, 1950", "From Joseph Stalin", "To Kim Il Sung", "Via Terentii Shtykov"],
            items[1].QuerySelectorAll(".meta > div").Select(div => $"{div.QuerySelector("dt").Text()} {div.QuerySelector("dd").Text()}"));
        Assert.StartsWith("Kim Il Sung asks to send Korean students", items[0].QuerySelector(".summary").Text(), StringComparison.Ordinal);
        Assert.Contains("I have received your telegram", items[1].QuerySelector(".reason").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOriginalsThreadPageIsTheSameThreadWithTheOriginalMarked()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112079/thread");

        Assert.Equal(["page", null], page.QuerySelectorAll(".thread-list > li").Select(li => li.GetAttribute("aria-current")));
    }

    [Fact]
    public async Task ARecordInNoThreadHasAThreadPageThatSaysSo()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/listy-9/thread");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not part of any reply thread", page.QuerySelector("[role=status]").Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".thread-list"));
    }

    [Theory]
    [InlineData("/documents/999999/thread")]
    [InlineData("/documents/..%2Fetc/thread")]
    public async Task TheThreadOfAnUnknownIdIsNotFound(string url)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1").Text());
    }

    [Fact]
    public async Task TheDetailPageListsItsFileInArchivalOrderWithTheCurrentRecordMarked()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082");

        var file = page.QuerySelectorAll(".archival-file").Single(s => s.QuerySelector("h2").Text() == "Other documents from APRF, Fond 45, Opis 1, Delo 347");
        var items = file.QuerySelectorAll(".file-list li");
        Assert.Equal(["l. 9", "l. 88-89", "l. 90-91", "l. 165"], items.Select(li => li.QuerySelector(".listy").Text()));
        Assert.Equal([false, false, true, false], items.Select(li => li.QuerySelector("[aria-current=page]") is not null));
        Assert.Equal(["/documents/listy-9", "/documents/112079", "/documents/listy-165"], Paths(file, ".file-list a"));
    }

    [Fact]
    public async Task TheFilesSearchLinkListsAllItsRecordsInArchivalOrder()
    {
        var client = factory.CreateClient();
        var (_, detail) = await Html.GetAsync(client, "/documents/112082");
        var link = detail.QuerySelectorAll(".archival-file > p a").First().GetAttribute("href")!;

        var (_, search) = await Html.GetAsync(client, link);

        Assert.Equal(["/documents/listy-9", "/documents/112079", "/documents/112082", "/documents/listy-165"], Paths(search, "li.hit h3 a"));
        Assert.Equal("archival", search.QuerySelector("#sort option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task SortByArchivalReferenceOrdersListyNumericallyAndPutsUnfiledRecordsLast()
    {
        var client = factory.CreateClient();
        var (_, archival) = await Html.GetAsync(client, "/search?q=pilots&sort=archival");
        var (_, byDate) = await Html.GetAsync(client, "/search?q=pilots&sort=date");

        Assert.Equal(["/documents/listy-9", "/documents/112079", "/documents/112082", "/documents/listy-165", "/documents/unfiled"], Paths(archival, "li.hit h3 a"));
        Assert.Equal(["/documents/unfiled", "/documents/listy-165", "/documents/112079", "/documents/112082", "/documents/listy-9"], Paths(byDate, "li.hit h3 a"));
    }

    [Fact]
    public async Task AnUnknownSortIsAnsweredWithTheOrdersThereAre()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=pilots&sort=shelf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("There is no order called “shelf”. The orders are relevance, date, date-desc and archival.", page.QuerySelector(".error-message[role=alert] p").Text());
        Assert.Empty(page.QuerySelectorAll("li.hit"));
    }
}
