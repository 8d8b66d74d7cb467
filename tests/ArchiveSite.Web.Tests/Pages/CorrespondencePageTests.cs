using System.Net;
using ArchiveSite.Core.Tests;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>
/// A correspondence on the FRUS slice: the Department of State and the Embassy in Vietnam, 1961–1963
/// (17 telegrams of tests/corpus/frus, 9 one way and 8 the other, numbered in their first lines).
/// Between the Department's telegram 459 of October 18, 1962 and its 466 of October 22, 1962, its
/// telegrams 460–465 to Saigon are not in the archive: the page must show that gap.
/// </summary>
public sealed class CorrespondencePageTests(FrusListsSiteFactory factory) : IClassFixture<FrusListsSiteFactory>
{
    private const string Address = "/correspondence/the-department-of-state/the-embassy-in-vietnam";

    /// <summary>The slice's files whose titles are telegrams between the two, by id, read from the raw files (not by the site).</summary>
    private static IReadOnlyList<(string Id, bool FromDepartment)> Telegrams() =>
        Directory.GetFiles(RepositoryPaths.FrusSlice)
            .Select(file => (Id: Path.GetFileNameWithoutExtension(file), Head: string.Join(' ', File.ReadLines(file).Take(12)).Replace("*", "", StringComparison.Ordinal)))
            .Select(f => (f.Id, Department: f.Head.Contains("Telegram From the Department of State to the Embassy in Vietnam", StringComparison.Ordinal),
                Embassy: f.Head.Contains("Telegram From the Embassy in Vietnam to the Department of State", StringComparison.Ordinal)))
            .Where(f => f.Department || f.Embassy)
            .Select(f => (f.Id, f.Department))
            .ToArray();

    [Fact]
    public async Task ThePageListsEveryTelegramBothWaysInDateOrder()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), Address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Correspondence: the Department of State and the Embassy in Vietnam", page.QuerySelector("h1").Text());
        var entries = page.QuerySelectorAll(".correspondence-list > li").ToArray();
        var telegrams = Telegrams();
        Assert.Equal(17, telegrams.Count);
        Assert.Equal(telegrams.Select(t => "d-" + t.Id).Order(StringComparer.Ordinal), entries.Select(e => e.Id!).Order(StringComparer.Ordinal));
        Assert.All(telegrams, t => Assert.Equal(t.FromDepartment ? "way-a" : "way-b", page.GetElementById("d-" + t.Id)!.ClassName));
        var dates = entries.Select(e => e.QuerySelector(".correspondence-date time")!.GetAttribute("datetime")!).ToArray();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task EachWayHasItsCountAndSpan()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), Address);

        var rows = page.QuerySelectorAll(".correspondence-ways tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.Text()).Take(5).ToArray()).ToArray();
        Assert.Equal(["the Department of State", "the Embassy in Vietnam", "9", "October 14, 1961", "September 25, 1963"], rows[0]);
        Assert.Equal(["the Embassy in Vietnam", "the Department of State", "8", "October 11, 1961", "June 7, 1963"], rows[1]);
    }

    [Fact]
    public async Task AKnownGapInTheDepartmentsNumberingIsShown()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), Address);

        // Telegram 466 of October 22, 1962 (frus1961-63v02-d307) follows 459 of October 18 (d304).
        var gap = page.QuerySelector("#d-frus1961-63v02-d307 .correspondence-gap").Text();
        Assert.Contains("Nos. 460–465 (6 numbers) from the Department of State to the Embassy in Vietnam are not in the archive", gap, StringComparison.Ordinal);
        Assert.Contains("No. 466", page.QuerySelector("#d-frus1961-63v02-d307 .correspondence-way").Text(), StringComparison.Ordinal);
        Assert.Equal("#d-frus1961-63v02-d304", page.QuerySelector("#d-frus1961-63v02-d307 .correspondence-gap a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ALongSilenceIsShownWhereItEnds()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), Address);

        // Nothing either way from April 7, 1962 (d150) to October 18, 1962 (d304).
        Assert.Contains("Long silence: 194 days with no document either way, after April 7, 1962", page.QuerySelector("#d-frus1961-63v02-d304 .correspondence-gap").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplyLinksAreDrawnBothWaysInsideThePage()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), Address);

        // The Embassy's telegram of October 20, 1962 answers the Department's of October 18; the Department's of October 22 answers it.
        Assert.Equal("#d-frus1961-63v02-d304", page.QuerySelector("#d-frus1961-63v02-d306 .reason a")!.GetAttribute("href"));
        Assert.Contains("In reply to", page.QuerySelector("#d-frus1961-63v02-d306 .reason").Text(), StringComparison.Ordinal);
        var answered = page.QuerySelectorAll("#d-frus1961-63v02-d304 .reason a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("#d-frus1961-63v02-d306", answered);
        Assert.Equal("#d-frus1961-63v02-d306", page.QuerySelector("#d-frus1961-63v02-d307 .reason a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#d-frus1961-63v02-d304 .correspondence-lead"));
    }

    [Fact]
    public async Task AMessageThatDrewNoKnownReplyIsMarkedAsALead()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), Address);

        // The Department's telegram 256 of August 27, 1963 has no answer among the slice's records.
        Assert.Equal("No known reply from the Embassy in Vietnam (a research lead).", page.QuerySelector("#d-frus1961-63v03-d305 .correspondence-lead").Text());
        Assert.Contains("a lead to follow, not a fact", page.QuerySelector(".correspondence-leads").Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("bib")]
    [InlineData("ris")]
    [InlineData("json")]
    public async Task TheExportHasEveryDocumentOfTheCorrespondence(string format)
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.GetAsync(client, Address);
        var link = page.QuerySelectorAll(".correspondence-export a").Select(a => a.GetAttribute("href")!).Single(h => h.EndsWith("." + format, StringComparison.Ordinal));

        var response = await client.GetAsync(link);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(Telegrams(), t => Assert.Contains($"/documents/{t.Id}/v/", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ThePersonPageTheThreadAndTheFacetsLinkToTheCorrespondence()
    {
        var client = factory.CreateClient();
        var (_, person) = await Html.GetAsync(client, "/people/the-department-of-state");
        var (_, thread) = await Html.GetAsync(client, "/documents/frus1961-63v02-d304/thread");
        var (_, search) = await Html.GetAsync(client, "/search?f.sender=the%20Department%20of%20State");

        Assert.Contains(Address, person.QuerySelectorAll(".person-correspondents a.person-correspondence").Select(a => a.GetAttribute("href")));
        Assert.Equal(Address, thread.QuerySelector(".thread-correspondence a")!.GetAttribute("href"));
        Assert.Contains(Address, search.QuerySelectorAll("#facet-recipient ~ ul a.facet-correspondence").Select(a => a.GetAttribute("href")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Address)).StatusCode);
    }

    [Fact]
    public async Task TheOtherOrderRedirectsToTheOneAddress()
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/correspondence/the-embassy-in-vietnam/the-department-of-state?page=1");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Address + "?page=1", response.Headers.Location!.OriginalString);
    }
}

/// <summary>The correspondence page on the seeds: Kim Il Sung's message to Stalin and Stalin's answer through Shtykov; bad addresses.</summary>
public sealed class SeedCorrespondencePageTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task KimIlSungAndStalinWroteOneEachAndStalinAnswered()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/correspondence/kim_il_sung/stalin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["d-112079", "d-112082"], page.QuerySelectorAll(".correspondence-list > li").Select(li => li.Id));
        Assert.Equal("Kim Il Sung to Joseph Stalin", page.QuerySelector("#d-112079 .correspondence-way").Text());
        Assert.Equal("Joseph Stalin to Kim Il Sung, through a go-between", page.QuerySelector("#d-112082 .correspondence-way").Text());
        Assert.Equal("#d-112079", page.QuerySelector("#d-112082 .reason a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#d-112082 .correspondence-lead"));
        Assert.Contains("/correspondence/kim_il_sung/stalin", (await Html.GetAsync(factory.CreateClient(), "/people/stalin")).Document
            .QuerySelectorAll("a.person-correspondence").Select(a => a.GetAttribute("href")));
    }

    [Theory]
    [InlineData("/correspondence/stalin/no_such_person", HttpStatusCode.NotFound, "The archive names nobody with the id 'no_such_person'")]
    [InlineData("/correspondence/no_such_person/stalin", HttpStatusCode.NotFound, "The archive names nobody with the id 'no_such_person'")]
    [InlineData("/correspondence/stalin/stalin", HttpStatusCode.BadRequest, "both ids are 'stalin'")]
    public async Task ABadPairIsAnsweredInWords(string url, HttpStatusCode status, string message)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), url);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("[role=alert]").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHostileIdIsCutWhereThePageShowsItBack()
    {
        var id = new string('x', 2000);

        var (response, page) = await Html.GetAsync(factory.CreateClient(), $"/correspondence/stalin/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var message = page.QuerySelector("[role=alert]").Text();
        Assert.Contains($"'{new string('x', 60)}…'", message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('x', 61), message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/correspondence/kim_il_sung/stalin/citations.csv", HttpStatusCode.OK)]
    [InlineData("/correspondence/stalin/kim_il_sung/citations.bib", HttpStatusCode.OK)]
    [InlineData("/correspondence/stalin/no_such_person/citations.ris", HttpStatusCode.NotFound)]
    [InlineData("/correspondence/kim_il_sung/stalin/citations.doc", HttpStatusCode.NotFound)]
    public async Task TheExportAnswersEveryAddress(string url, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        if (status == HttpStatusCode.OK)
        {
            var text = await response.Content.ReadAsStringAsync();
            Assert.Contains("/documents/112079/v/", text, StringComparison.Ordinal);
            Assert.Contains("/documents/112082/v/", text, StringComparison.Ordinal);
        }
    }
}
