using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>The people pages on the seeds: everyone with counts, one person's page, and the links to them from searches.</summary>
public sealed class PeoplePageTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task ThePeopleListHasEveryoneTheSeedsNameWithCountsAToZ()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/people");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("table.people-list tbody tr").ToArray();
        var names = rows.Select(r => r.QuerySelector("th a")!.Text()).ToArray();
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        var stalin = rows.Single(r => r.QuerySelector("th a")!.Text() == "Stalin, Joseph");
        Assert.Equal("/people/stalin", stalin.QuerySelector("th a")!.GetAttribute("href"));
        Assert.Equal(["2", "2", "1", "1"], stalin.QuerySelectorAll("td").Select(td => td.Text()));
    }

    [Fact]
    public async Task ThePeopleListByDocumentsPutsTheMostNamedFirst()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/people?sort=documents");

        var counts = page.QuerySelectorAll("table.people-list tbody tr td:first-of-type").Select(td => int.Parse(td.Text(), System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal("Most documents first", page.QuerySelector(".facet-order [aria-current]")!.Text());
    }

    [Fact]
    public async Task ALetterNarrowsTheList()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/people?letter=S");

        Assert.All(page.QuerySelectorAll("table.people-list tbody th a"), a => Assert.StartsWith("S", a.Text(), StringComparison.Ordinal));
        Assert.Equal("S", page.QuerySelector(".people-letters [aria-current]")!.Text());
    }

    [Theory]
    [InlineData("/people?sort=popularity", "no order called 'popularity'")]
    [InlineData("/people?letter=Sh", "'Sh' is not a letter of the list")]
    public async Task AnUnknownOrderOrLetterIsA400ThatSaysWhatIsKnown(string url, string message)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("[role=alert]")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APersonsPageHasTheirSpellingsDatesSearchesTimelineAndCorrespondents()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/people/stalin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Joseph Stalin", page.QuerySelector("h1")!.Text());
        Assert.Contains("2 documents in the archive, from November 17, 1950 to November 20, 1950", page.QuerySelector(".lede")!.Text(), StringComparison.Ordinal);
        var searches = page.QuerySelectorAll(".person-documents a").Select(a => (a.Text(), a.GetAttribute("href"))).ToArray();
        Assert.Contains(("Mentioned in 2 documents", "/search?q=person%3Astalin"), searches);
        Assert.Contains(("Sent 1 document", "/search?f.sender=Joseph%20Stalin&sort=date"), searches);
        Assert.Contains(("Received 1 document", "/search?f.recipient=Joseph%20Stalin&sort=date"), searches);
        Assert.Contains("FYN SI", page.QuerySelectorAll(".person-spellings q").Select(q => q.Text()));
        Assert.NotEmpty(page.QuerySelectorAll(".timeline-bars a"));
        Assert.Contains("/people/kim_il_sung", page.QuerySelectorAll(".person-correspondents a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task EverySearchLinkOfAPersonsPageFindsWhatItCounts()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.GetAsync(client, "/people/stalin");

        foreach (var link in page.QuerySelectorAll(".person-documents a"))
        {
            var (_, results) = await Html.GetAsync(client, link.GetAttribute("href")!);
            var count = link.Text().Split(' ')[^2];
            Assert.StartsWith(count + " document", results.QuerySelector("#results-heading")!.Text(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/people/no_such_person")]
    [InlineData("/people/..%2F..%2Fetc")]
    public async Task AnUnknownPersonIsA404(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task APersonSearchAndTheSpellingsLinkToThePersonsPage()
    {
        var client = factory.CreateClient();
        var (_, byPrefix) = await Html.GetAsync(client, "/search?q=person:stalin");
        var (_, byName) = await Html.GetAsync(client, "/search?q=Kim+Il+Sung");

        Assert.Equal("/people/stalin", byPrefix.QuerySelector(".people-links a")!.GetAttribute("href"));
        Assert.Equal("/people/kim_il_sung", byName.QuerySelector(".spellings strong a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task CorrespondentFacetsLinkToTheirPages()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=pilots");

        var links = page.QuerySelector("#facet-sender")!.ParentElement!.QuerySelectorAll("a.facet-person").Select(a => a.GetAttribute("href")).ToArray();
        Assert.NotEmpty(links);
        Assert.All(links, href => Assert.StartsWith("/people/", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ADocumentsPageLinksItsCorrespondentsAndThePeopleItMentions()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082");

        var links = page.QuerySelectorAll(".document-people a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Contains("/people/stalin", links);
        Assert.Null(page.QuerySelector(".document-terms"));
    }

    [Fact]
    public async Task ADocumentsTitleLinksItsCorrespondentsWhereItNamesThemKeepingEveryCharacter()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082");

        var heading = page.QuerySelector("h1")!;
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", heading.Text());
        var links = heading.QuerySelectorAll("a.title-name").Select(a => (a.Text(), a.GetAttribute("href"))).ToArray();
        Assert.Equal([("Stalin", "/people/stalin"), ("Kim II Sung", "/people/kim_il_sung"), ("Shtykov", "/people/shtykov")], links);
    }
}

/// <summary>The people and terms of FRUS's own lists, on the committed slice.</summary>
public sealed class FrusListsPageTests(FrusListsSiteFactory factory) : IClassFixture<FrusListsSiteFactory>
{
    [Fact]
    [Trait("Corpus", "FRUS")]
    public async Task AListedPersonsPageSaysWhoTheyWereInEachVolume()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/people/khrushchev_nikita");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Nikita S. Khrushchev", page.QuerySelector("h1")!.Text());
        var roles = page.QuerySelectorAll("table.person-roles tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.Text()).ToArray()).ToArray();
        Assert.Contains(["frus1961-63v06", "Khrushchev, Nikita S.", "Chairman of the Council of Ministers of the Soviet Union"], roles);
        Assert.Contains(roles, r => r[1] == "Khrushchev, Nikita Sergeyevich");
        Assert.Contains(roles, r => r[1] == "Khrushchev, Nikita Sergeevich");
        Assert.Contains(page.QuerySelectorAll(".person-documents a"), a => a.Text().StartsWith("Sent ", StringComparison.Ordinal));
    }

    [Fact]
    [Trait("Corpus", "FRUS")]
    public async Task ATitlesOfficeWithAListedNameIsThatPerson()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/frus1955-57v02-d7");

        var from = page.QuerySelectorAll(".document-people div").Single(d => d.QuerySelector("dt")!.Text() == "From").QuerySelector("a")!;
        Assert.Equal(("the Ambassador in Japan (Allison)", "/people/allison_john"), (from.Text(), from.GetAttribute("href")));
    }

    [Fact]
    [Trait("Corpus", "FRUS")]
    public async Task AFrusTitlesOfficeLinksToTheListedPersonHoldingIt()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/frus1955-57v02-d7");

        var link = page.QuerySelector("h1 a.title-name")!;
        Assert.Equal(("the Ambassador in Japan (Allison)", "/people/allison_john"), (link.Text(), link.GetAttribute("href")));
        Assert.StartsWith("Telegram From the Ambassador in Japan (Allison) to ", page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Corpus", "FRUS")]
    public async Task AFrusRecordsAbbreviationsExplainThemselves()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/frus1955-57v02-d7");

        Assert.Contains(page.QuerySelectorAll(".body abbr"), abbr => abbr.Text() == "UN" && abbr.GetAttribute("title") == "United Nations");
        var glossary = page.QuerySelectorAll(".document-terms dl div").Select(d => (d.QuerySelector("dt")!.Text(), d.QuerySelector("dd")!.Text())).ToArray();
        Assert.Contains(("UN", "United Nations"), glossary);
    }

    [Fact]
    [Trait("Corpus", "FRUS")]
    public async Task AListedPersonIsFoundByPersonSearch()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=person:dulles_john");

        Assert.NotEmpty(page.QuerySelectorAll("li.hit"));
        Assert.Equal("/people/dulles_john", page.QuerySelector(".people-links a")!.GetAttribute("href"));
    }
}
