using System.Net;
using System.Text.Json;
using ArchiveSite.Core.Tests;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>
/// Checking a quotation (<c>/quote</c>, <c>/api/quote</c>) on real records: a FRUS record's
/// paragraph quoted with its punctuation changed and a word left out, a seed telegram's, an
/// earlier text of a corrected record, and hostile input.
/// </summary>
public sealed class QuotePageTests(ArchiveSiteFactory seeds, QuotePageTests.Frus frus) : IClassFixture<ArchiveSiteFactory>, IClassFixture<QuotePageTests.Frus>
{
    /// <summary>The site on the committed FRUS slice.</summary>
    public sealed class Frus : IDisposable
    {
        public ArchiveSiteFactory Factory { get; } = new() { DocumentsPath = RepositoryPaths.FrusSlice };

        public void Dispose() => Factory.Dispose();
    }

    // frus1955-57v01-d173, ¶ 5 as the record has it: "B. Unfortunately, after successfully driving Binh
    // Xuyen from Saigon–Cholon and area immediately south thereof, VNA has ceased operations for two or
    // three days. Death of General The, fatigue of troops, “need for regrouping” and alleged …"
    // Quoted with its commas, dash, full stop and quotation marks changed and "immediately" left out.
    private const string FrusQuotation =
        "Unfortunately after successfully driving Binh Xuyen from Saigon-Cholon and area south thereof VNA has ceased operations for two or three days; death of General The, fatigue of troops, 'need for regrouping', and alleged near-shortage of artillery ammo have been offered as reasons";

    private static string Quote(string text) => "/quote?text=" + Uri.EscapeDataString(text);

    [Fact]
    public async Task AFrusQuotationWithPunctuationChangedAndAWordLeftOutFindsItsParagraphFirst()
    {
        var (response, page) = await Html.GetAsync(frus.Factory.CreateClient(), Quote(FrusQuotation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = page.QuerySelector(".quote-matches > li")!;
        Assert.Equal("/documents/frus1955-57v01-d173#p5", first.QuerySelector(".quote-links a")!.GetAttribute("href"));
        Assert.StartsWith("Near, in ¶ 5", first.QuerySelector(".quote-verdict").Text(), StringComparison.Ordinal);
        Assert.Contains("1 word of the source left out", first.QuerySelector(".quote-verdict").Text(), StringComparison.Ordinal);
        // The differences marked word by word: the word left out is only in the source, the changed marks only in the quotation.
        var stretch = first.QuerySelector(".quote-stretch")!;
        Assert.Contains(stretch.QuerySelectorAll("ins"), i => i.Text().Contains("immediately", StringComparison.Ordinal));
        Assert.Contains(stretch.QuerySelectorAll("del"), d => d.Text().Contains("Saigon-Cholon", StringComparison.Ordinal));
        Assert.StartsWith("B.", first.QuerySelector(".quote-context").Text(), StringComparison.Ordinal);
        // The permalink of the exact text and a citation of the paragraph.
        var permalink = first.QuerySelectorAll(".quote-links a")[1].GetAttribute("href")!;
        Assert.Matches("^http://localhost/documents/frus1955-57v01-d173/v/[0-9a-f]{12}#p5$", permalink);
        var citation = first.QuerySelector(".citation").Text();
        Assert.Contains("May 5, 1955, ¶ 5,", citation, StringComparison.Ordinal);
        Assert.EndsWith(permalink + ".", citation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiGivesTheSameCheckAsJson()
    {
        var response = await frus.Factory.CreateClient().GetAsync("/api/quote?text=" + Uri.EscapeDataString(FrusQuotation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var first = json.GetProperty("matches")[0];
        Assert.Equal("frus1955-57v01-d173", first.GetProperty("id").GetString());
        Assert.Equal("http://localhost/documents/frus1955-57v01-d173#p5", first.GetProperty("paragraph").GetString());
        Assert.True(first.GetProperty("isCurrent").GetBoolean());
        var place = first.GetProperty("place");
        Assert.Equal(("p5", false, 1), (place.GetProperty("fragment").GetString(), place.GetProperty("exact").GetBoolean(), place.GetProperty("leftOut").GetInt32()));
        Assert.Contains(place.GetProperty("differences").EnumerateArray(), d => d.GetProperty("kind").GetString() == "source" && d.GetProperty("text").GetString()!.Contains("immediately", StringComparison.Ordinal));
        Assert.StartsWith("Unfortunately, after successfully driving Binh Xuyen", place.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeedTelegramQuotedWithAnOcrSlipInANameAndAnEllipsisIsFound()
    {
        var (response, page) = await Html.GetAsync(seeds.CreateClient(),
            Quote("“I hope that you, comrade Stalin, will assist us ... of these questions.” With respect Kim II Sung"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var first = page.QuerySelector(".quote-matches > li")!;
        Assert.Equal("/documents/112079#p11", first.QuerySelector(".quote-links a")!.GetAttribute("href"));
        Assert.Contains("words of the source where the ellipsis stands", first.QuerySelector(".quote-verdict").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExactQuotationIsLabelledExact()
    {
        var (_, page) = await Html.GetAsync(seeds.CreateClient(), Quote("I have received your telegram about the preparation of pilot cadres after a delay which was the fault of the Soviet apparatus."));

        var first = page.QuerySelector(".quote-matches > li")!;
        Assert.Equal("Exact, in ¶ 3 (100% of the words in order).", first.QuerySelector(".quote-verdict").Text());
        Assert.Empty(first.QuerySelectorAll(".quote-stretch del, .quote-stretch ins"));
        Assert.Null(first.QuerySelector(".notice"));
    }

    [Fact]
    public async Task AQuotationOfAnEarlierTextSaysSoAndShowsTheCurrentTextToo()
    {
        using var folder = new SeedFolder();
        using (var first = folder.Site())
        {
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/documents/112082")).StatusCode);
        }

        var file = folder.Seed("112082");
        File.WriteAllText(file, File.ReadAllText(file).Replace("the fault of the Soviet apparatus", "the fault of our own apparatus", StringComparison.Ordinal));
        using var second = folder.Site();

        var (response, page) = await Html.GetAsync(second.CreateClient(),
            Quote("I have received your telegram about the preparation of pilot cadres after a delay which was the fault of the Soviet apparatus."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = page.QuerySelector(".quote-matches > li")!;
        Assert.Contains("The best match is in an earlier text of this document", match.QuerySelector(".notice").Text(), StringComparison.Ordinal);
        var places = match.QuerySelectorAll(".quote-place");
        Assert.Equal(2, places.Length);
        Assert.Empty(places[0].QuerySelectorAll("del, ins"));
        Assert.Contains(places[1].QuerySelectorAll("ins"), i => i.Text().Contains("our", StringComparison.Ordinal));
        Assert.StartsWith("Exact, in ¶ 3", match.QuerySelector(".quote-verdict").Text(), StringComparison.Ordinal);
        var permalink = match.QuerySelectorAll(".quote-links a")[1].GetAttribute("href")!;
        var diff = match.QuerySelector(".notice a")!.GetAttribute("href")!;
        Assert.Contains(diff.Split('/')[4], permalink, StringComparison.Ordinal);
        // The earlier text's permalink resolves, and shows the quoted words.
        var (earlier, earlierPage) = await Html.GetAsync(second.CreateClient(), new Uri(permalink).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
        Assert.Contains("fault of the Soviet apparatus", earlierPage.QuerySelector(".body #p3").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuotationFromNowhereIsNotFound()
    {
        var (response, page) = await Html.GetAsync(seeds.CreateClient(), Quote("The quick brown fox jumps over the lazy dog every morning"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Not found", page.QuerySelector("#quote-heading").Text());
        Assert.Empty(page.QuerySelectorAll(".quote-matches > li"));
    }

    [Fact]
    public async Task TheEmptyFormExplainsTheCheckAndItsLimits()
    {
        var (response, page) = await Html.GetAsync(seeds.CreateClient(), "/quote");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3000", page.QuerySelector("textarea[name=text]")!.GetAttribute("maxlength"));
        Assert.Contains("3 to 300 words", page.QuerySelector(".quote-limits").Text(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector(".error-message"));
    }

    [Theory]
    [InlineData("pilots", "one word")]
    [InlineData("... ! ? — ;;", "no words")]
    [InlineData("title:(pilot", "two words")]
    public async Task ATooShortQuotationIsABadRequestThatSaysWhy(string text, string says)
    {
        var (response, page) = await Html.GetAsync(seeds.CreateClient(), Quote(text));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(says, page.QuerySelector(".error-message").Text(), StringComparison.Ordinal);
        Assert.Equal(text, page.QuerySelector("textarea[name=text]").Text());
    }

    [Fact]
    public async Task ATooLongQuotationIsABadRequestThatSaysTheLimit()
    {
        var (response, page) = await Html.GetAsync(seeds.CreateClient(), Quote(string.Concat(Enumerable.Repeat("pilots ", 500))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the limit is 3,000", page.QuerySelector(".error-message").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuotationOfMoreThanThreeHundredWordsIsABadRequestThatSaysTheLimit()
    {
        var response = await seeds.CreateClient().GetAsync("/api/quote?text=" + Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("pilots", 301))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("has 301 words; the limit is 300", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"pilot* AND (jet~2 OR [a TO z]) ^ fighter:regiments\\\\ {}\"")]
    [InlineData("+- && || ! ( ) { } [ ] ^ \" ~ * ? : \\ / pilots jet planes")]
    [InlineData("Kim Il Sung Kim Il Sung Kim Il Sung Kim Il Sung")]
    public async Task LuceneSyntaxIsOnlyTextToACheckNeverAnError(string text)
    {
        var client = seeds.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Quote(text))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/quote?text=" + Uri.EscapeDataString(text))).StatusCode);
    }

    [Theory]
    [InlineData("/api/quote")]
    [InlineData("/api/quote?text=")]
    [InlineData("/api/quote?text=two%20words")]
    public async Task TheApiAnswersAQuotationItCannotCheckWithAProblem(string url)
    {
        var response = await seeds.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()));
    }
}
