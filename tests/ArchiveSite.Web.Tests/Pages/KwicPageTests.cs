using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Tests;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>Every occurrence in context (<c>/search/kwic?…</c>) on the seeds and on the FRUS slice.</summary>
public sealed class KwicPageTests(ArchiveSiteFactory seeds, KwicPageTests.Frus frus) : IClassFixture<ArchiveSiteFactory>, IClassFixture<KwicPageTests.Frus>
{
    /// <summary>The site over the committed FRUS slice.</summary>
    public sealed class Frus : IDisposable
    {
        public ArchiveSiteFactory Factory { get; } = new() { DocumentsPath = RepositoryPaths.FrusSlice };

        public void Dispose() => Factory.Dispose();
    }

    private static IElement[] Documents(IDocument page) => page.QuerySelectorAll(".kwic-document").ToArray();

    private static string[] PassageLinks(IElement document) => document.QuerySelectorAll(".kwic-passages a.kwic-anchor").Select(a => a.GetAttribute("href")!).ToArray();

    /// <summary>Every passage link leads to the detail page with the query, at an element the page has.</summary>
    private static async Task AssertAnchorsExist(HttpClient client, IElement document)
    {
        foreach (var group in PassageLinks(document).GroupBy(href => href.Split('#')[0]))
        {
            var (response, detail) = await Html.GetAsync(client, group.Key);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            foreach (var fragment in group.Select(href => Uri.UnescapeDataString(href.Split('#')[1])).Distinct())
            {
                Assert.True(detail.GetElementById(fragment) is not null, $"{group.Key} has no element #{fragment}");
            }
        }
    }

    [Fact]
    public async Task EachDocumentShowsEveryMatchItsPageMarksEachLinkedToItsParagraph()
    {
        var client = seeds.CreateClient();
        var (response, page) = await Html.GetAsync(client, "/search/kwic?q=pilots");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2 documents found", page.QuerySelector("#kwic-heading")!.Text());
        foreach (var document in Documents(page))
        {
            var href = document.QuerySelector(".hit-title a")!.GetAttribute("href")!;
            var (_, detail) = await Html.GetAsync(client, href);
            var marked = detail.QuerySelectorAll(".body mark").Length;
            Assert.Equal(marked, document.QuerySelectorAll(".kwic-passages li").Length);
            Assert.Equal($"{marked} matches in the text.", document.QuerySelector(".kwic-count")!.Text());
            Assert.All(PassageLinks(document), link => Assert.Matches(@"^/documents/1120(82|79)\?q=pilots#p[0-9]+$", link));
            Assert.All(document.QuerySelectorAll(".kwic-passages mark"), m => Assert.StartsWith("pilot", m.TextContent, StringComparison.OrdinalIgnoreCase));
            await AssertAnchorsExist(client, document);
        }

        Assert.Contains($"Each page shows {KwicPage.DocumentsPerPage} documents", page.QuerySelector(".kwic-limits")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NamesAreFoundInEverySpellingAsOnTheDocumentsPage()
    {
        var client = seeds.CreateClient();
        // The query spells him as 112082's title does ("II"); the texts write "KIM IL SUNG".
        var (_, page) = await Html.GetAsync(client, "/search/kwic?q=Kim+II+Sung");

        Assert.Equal(["KIM IL SUNG", "KIM IL SUNG"], page.QuerySelectorAll(".kwic-passages mark").Select(m => m.TextContent));
        foreach (var document in Documents(page))
        {
            var (_, detail) = await Html.GetAsync(client, document.QuerySelector(".hit-title a")!.GetAttribute("href")!);
            Assert.Equal(
                detail.QuerySelectorAll(".body mark").Select(m => m.TextContent),
                document.QuerySelectorAll(".kwic-passages mark").Select(m => m.TextContent));
        }
    }

    [Theory]
    [InlineData("/search/kwic?q=%22unclosed", "[role=alert]", "quotation mark")]
    [InlineData("/search/kwic?from=1950-11-01", ".kwic .notice", "no words to find in a text")]
    [InlineData("/search/kwic?q=pilots&page=9", ".kwic .notice", "There is no page 9")]
    [InlineData("/search/kwic", ".lede", "Type words")]
    public async Task BadOrEmptyRequestsAreAnsweredOnThePage(string url, string selector, string expected)
    {
        var (response, page) = await Html.GetAsync(seeds.CreateClient(), url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.QuerySelector(selector)!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSearchPageLinksItsKeywordInContextView()
    {
        var (_, page) = await Html.GetAsync(seeds.CreateClient(), "/search?q=pilots&f.language=Russian");

        Assert.Equal("/search/kwic?q=pilots&f.language=Russian", page.QuerySelector(".search-views a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task OnTheFrusSliceALargeResultIsPagedAndEachDocumentsPassagesBounded()
    {
        var client = frus.Factory.CreateClient();
        var (_, first) = await Html.GetAsync(client, "/search/kwic?q=Soviet");

        var total = int.Parse(Regex.Match(first.QuerySelector("#kwic-heading")!.Text(), "^[0-9,]+").Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(total > 2 * KwicPage.DocumentsPerPage, $"{total} documents");
        Assert.Equal(KwicPage.DocumentsPerPage, Documents(first).Length);
        Assert.Equal("/search/kwic?q=Soviet&page=2", first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href"));
        Assert.All(Documents(first), d => Assert.InRange(d.QuerySelectorAll(".kwic-passages li").Length, 0, KwicPage.PassagesPerDocument));

        var (_, second) = await Html.GetAsync(client, "/search/kwic?q=Soviet&page=2");
        Assert.Equal(KwicPage.DocumentsPerPage, Documents(second).Length);
        Assert.Equal("11", second.QuerySelector("ol.kwic-documents")!.GetAttribute("start"));
        Assert.Empty(Documents(first).Select(d => d.QuerySelector(".hit-title a")!.GetAttribute("href")).Intersect(Documents(second).Select(d => d.QuerySelector(".hit-title a")!.GetAttribute("href"))));

        foreach (var document in Documents(first).Take(3))
        {
            await AssertAnchorsExist(client, document);
        }
    }

    [Fact]
    public async Task OnTheFrusSliceADocumentWithMoreMatchesThanShownSaysSoAndLinksTheRest()
    {
        var client = frus.Factory.CreateClient();
        var (_, page) = await Html.GetAsync(client, "/search/kwic?q=Soviet&sort=relevance");

        var crowded = Documents(page).FirstOrDefault(d => d.QuerySelectorAll(".kwic-passages li").Length == KwicPage.PassagesPerDocument);
        Assert.NotNull(crowded);
        Assert.Contains($"The first {KwicPage.PassagesPerDocument} are shown", crowded.QuerySelector(".kwic-count")!.Text(), StringComparison.Ordinal);
        var rest = crowded.QuerySelector(".kwic-count a")!.GetAttribute("href")!;
        Assert.EndsWith($"#hit-{KwicPage.PassagesPerDocument + 1}", rest, StringComparison.Ordinal);
        var (_, detail) = await Html.GetAsync(client, rest);
        Assert.NotNull(detail.GetElementById($"hit-{KwicPage.PassagesPerDocument + 1}"));
    }

    [Fact]
    public async Task OnTheFrusSliceAMatchInANoteLinksToTheNote()
    {
        var client = frus.Factory.CreateClient();
        // frus1961-63v01-d112's notes 2 to 6 (FootnotePageTests): one of them names the Department's telegram.
        var (_, page) = await Html.GetAsync(client, "/search/kwic?q=telegram&f.year=1961");

        var notes = page.QuerySelectorAll(".kwic-passages a.kwic-anchor").Where(a => a.GetAttribute("href")!.Contains("#fn:", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(notes);
        Assert.All(notes, a => Assert.StartsWith("note ", a.Text(), StringComparison.Ordinal));
        await AssertAnchorsExist(client, notes[0].Closest(".kwic-document")!);
    }
}
