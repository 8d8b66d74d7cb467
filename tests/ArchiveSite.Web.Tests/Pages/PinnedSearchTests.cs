using System.Globalization;
using System.Net;
using System.Text.Json;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>
/// Searches pinned to a moment (<c>as-of</c>), "what changed since" and "cite this search", on real
/// records changed since yesterday (<see cref="ChangedSinceFolder"/>): one FRUS record corrected
/// today, one seed withdrawn, one FRUS record added.
/// </summary>
public sealed class PinnedSearchTests : IDisposable
{
    private const string Corrected = ChangedSinceFolder.Corrected;
    private const string Unchanged = ChangedSinceFolder.Unchanged;
    private const string Added = ChangedSinceFolder.Added;
    private const string Withdrawn = ChangedSinceFolder.Withdrawn;

    private readonly ChangedSinceFolder _folder = new();

    private static string Yesterday => ChangedSinceFolder.Yesterday;

    private static string[] Links(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".hits .hit-title a").Select(a => a.GetAttribute("href")!).ToArray();

    [Fact]
    public async Task APinnedSearchReturnsYesterdaysTextAfterARecordWasCorrectedToday()
    {
        using var site = _folder.Site();
        var client = site.CreateClient();
        const string phrase = "/search?q=%22we+welcome+his+idea%22";

        var (_, today) = await Html.GetAsync(client, phrase);
        Assert.Empty(Links(today));

        var (response, pinned) = await Html.GetAsync(client, $"{phrase}&as-of={Yesterday}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"/documents/{Corrected}/v/{_folder.VersionsThen[Corrected]}"], Links(pinned));
        Assert.Contains("we welcome his idea", pinned.QuerySelector(".hit-snippet").Text(), StringComparison.Ordinal);
        Assert.Contains("as it was at the end of", pinned.QuerySelector(".pinned-notice").Text(), StringComparison.Ordinal);
        // A new search from the pinned page's form stays pinned.
        Assert.Equal(Yesterday, pinned.QuerySelector("form[role=search] input[name=as-of]")!.GetAttribute("value"));

        // The result's link is the text then, word for word.
        var (_, text) = await Html.GetAsync(client, Links(pinned)[0]);
        Assert.Contains("we welcome his idea", text.QuerySelector(".body").Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("warmly", text.QuerySelector(".body").Text(), StringComparison.Ordinal);

        // And today's text is found by today's words only.
        var (_, warmly) = await Html.GetAsync(client, $"/search?q=warmly&as-of={Yesterday}");
        Assert.Empty(Links(warmly));
        var (_, warmlyToday) = await Html.GetAsync(client, "/search?q=warmly");
        Assert.Single(Links(warmlyToday));
    }

    [Fact]
    public async Task APinnedSearchLeavesOutWhatWasAddedSinceAndKeepsWhatWasWithdrawnSince()
    {
        using var site = _folder.Site();
        var client = site.CreateClient();

        var (_, addedToday) = await Html.GetAsync(client, "/search?q=%22Interim+Committee+Report%22");
        Assert.Single(Links(addedToday));
        var (_, addedThen) = await Html.GetAsync(client, $"/search?q=%22Interim+Committee+Report%22&as-of={Yesterday}");
        Assert.Equal("No documents found", addedThen.QuerySelector("#results-heading").Text());

        var (_, pilotsToday) = await Html.GetAsync(client, "/search?q=pilots");
        Assert.DoesNotContain(Links(pilotsToday), l => l.Contains(Withdrawn, StringComparison.Ordinal));
        var (_, pilotsThen) = await Html.GetAsync(client, $"/search?q=pilots&as-of={Yesterday}");
        Assert.Equal("2 documents found", pilotsThen.QuerySelector("#results-heading").Text());
        Assert.Contains($"/documents/{Withdrawn}/v/{_folder.VersionsThen[Withdrawn]}", Links(pilotsThen));
        Assert.Contains($"/documents/112082/v/{_folder.VersionsThen["112082"]}", Links(pilotsThen));
    }

    [Fact]
    public async Task WhatChangedSinceListsTheAddedTheWithdrawnAndTheCorrectedWithAWorkingDiff()
    {
        using var site = _folder.Site();
        var client = site.CreateClient();
        var search = "/search?q=%22we+welcome+his+idea%22+OR+pilots+OR+%22Interim+Committee+Report%22";

        var (_, pinned) = await Html.GetAsync(client, $"{search}&as-of={Yesterday}");
        var changesLink = pinned.QuerySelectorAll(".pinned-notice a").Single(a => a.Text().StartsWith("what changed since", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.StartsWith("/search/changes?", changesLink, StringComparison.Ordinal);

        var (response, changes) = await Html.GetAsync(client, changesLink);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] Items(string heading) => changes.QuerySelector($"section[aria-labelledby={heading}]")!.QuerySelectorAll("li").Select(li => li.Text()).ToArray();
        Assert.Contains($"document {Added}", Assert.Single(Items("added-heading")), StringComparison.Ordinal);
        Assert.Contains($"document {Withdrawn}", Assert.Single(Items("withdrawn-heading")), StringComparison.Ordinal);
        var corrected = Assert.Single(Items("corrected-heading"));
        Assert.Contains($"document {Corrected}", corrected, StringComparison.Ordinal);
        Assert.Contains("found then, no longer found", corrected, StringComparison.Ordinal);
        Assert.DoesNotContain(Unchanged, changes.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var diffLink = changes.QuerySelectorAll("section[aria-labelledby=corrected-heading] a").Single(a => a.Text().StartsWith("what changed", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Equal($"/documents/{Corrected}/v/{_folder.VersionsThen[Corrected]}/diff", diffLink);
        var (diffResponse, diff) = await Html.GetAsync(client, diffLink);
        Assert.Equal(HttpStatusCode.OK, diffResponse.StatusCode);
        Assert.Contains("warmly", diff.QuerySelectorAll(".diff-part").Single(p => p.GetAttribute("aria-label") == "Text").QuerySelector("ins").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CiteThisSearchGivesAPermalinkThatKeepsTheResultsCited()
    {
        using var site = _folder.Site();
        var client = site.CreateClient();

        var (_, page) = await Html.GetAsync(client, "/search?q=pilots&page=1");
        var permalink = page.QuerySelector(".cite-search .permalinks a")!.GetAttribute("href")!;
        Assert.Matches(@"^http://localhost/search\?q=pilots&as-of=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", permalink);
        var citation = page.QuerySelector("#citation-search").Text();
        Assert.StartsWith("ArchiveSite, search for \u201cpilots\u201d, 1 document, results as of ", citation, StringComparison.Ordinal);
        Assert.EndsWith($"{permalink}.", citation, StringComparison.Ordinal);

        var (response, pinned) = await Html.GetAsync(client, permalink.Replace("http://localhost", "", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1 document found", pinned.QuerySelector("#results-heading").Text());
        Assert.Contains("No document of the archive was added, corrected or withdrawn since", pinned.QuerySelector(".pinned-notice").Text(), StringComparison.Ordinal);
        // A pinned search is cited with its own pin.
        Assert.Equal(permalink, pinned.QuerySelector(".cite-search .permalinks a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("yesterday-ish", "is not a moment to pin a search to")]
    [InlineData("2026-13-45", "is not a moment to pin a search to")]
    [InlineData("2999-01-01", "is in the future")]
    [InlineData("2001-01-01", "record of its texts begins")]
    public async Task APinThatCannotBeAnsweredIsA400ThatSaysWhy(string asOf, string message)
    {
        using var site = _folder.Site();
        var client = site.CreateClient();

        foreach (var path in new[] { "/search?q=pilots", "/search/changes?q=pilots" })
        {
            var (response, page) = await Html.GetAsync(client, $"{path}&as-of={asOf}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(message, page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
            Assert.Null(page.QuerySelector("input[name=as-of]")); // a new search from the form leaves the refused pin behind
        }

        var api = await client.GetAsync($"/api/search?q=pilots&as-of={asOf}");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains(message, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/documents/112082?as-of={asOf}")).StatusCode);
    }

    [Fact]
    public async Task WhatChangedSinceWithoutAPinSaysHowToGiveOne()
    {
        using var site = _folder.Site();

        var (response, page) = await Html.GetAsync(site.CreateClient(), "/search/changes?q=pilots");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("needs a moment to compare with", page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiAnswersAsOfAMomentWithTheTextsThen()
    {
        using var site = _folder.Site();
        var client = site.CreateClient();

        using var search = JsonDocument.Parse(await client.GetStringAsync($"/api/search?q=%22we+welcome+his+idea%22&as-of={Yesterday}"));
        Assert.Equal(Yesterday, search.RootElement.GetProperty("asOf").GetString());
        var hit = search.RootElement.GetProperty("hits").EnumerateArray().Single();
        Assert.Equal($"http://localhost/documents/{Corrected}/v/{_folder.VersionsThen[Corrected]}", hit.GetProperty("versionedPermalink").GetString());
        using var today = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=pilots"));
        Assert.False(today.RootElement.TryGetProperty("asOf", out _));
        Assert.False(today.RootElement.GetProperty("hits")[0].TryGetProperty("versionedPermalink", out _));

        using var then = JsonDocument.Parse(await client.GetStringAsync($"/api/documents/{Corrected}?as-of={Yesterday}"));
        Assert.Equal(_folder.VersionsThen[Corrected], then.RootElement.GetProperty("version").GetString());
        Assert.Contains("we welcome his idea", then.RootElement.GetProperty("body").GetString(), StringComparison.Ordinal);
        using var now = JsonDocument.Parse(await client.GetStringAsync($"/api/documents/{Corrected}"));
        Assert.Contains("we warmly welcome his idea", now.RootElement.GetProperty("body").GetString(), StringComparison.Ordinal);

        using var withdrawn = JsonDocument.Parse(await client.GetStringAsync($"/api/documents/{Withdrawn}?as-of={Yesterday}"));
        Assert.Equal(_folder.VersionsThen[Withdrawn], withdrawn.RootElement.GetProperty("version").GetString());
        var notYet = await client.GetAsync($"/api/documents/{Added}?as-of={Yesterday}");
        Assert.Equal(HttpStatusCode.NotFound, notYet.StatusCode);
        Assert.Contains("had no text", await notYet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
