using System.Net;
using System.Text.Json;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>The detail page's citations, permalinks and the metadata reference managers read.</summary>
public sealed class DetailCitationTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task ThePageGivesBothPermalinksAndEveryCitationStyle()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll(".permalinks dd > a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal("http://localhost/documents/112082", links[0]);
        Assert.Matches("^http://localhost/documents/112082/v/[0-9a-f]{12}$", links[1]);
        Assert.Equal(["Chicago (note)", "Chicago (bibliography)", "MLA 9", "APA 7"], page.QuerySelectorAll(".citation-style h3").Select(h => h.Text()));
        var mla = page.QuerySelector("#citation-mla")!;
        Assert.Contains(links[1].Replace("http://", "", StringComparison.Ordinal), mla.Text(), StringComparison.Ordinal);
        Assert.Equal(["Wilson Center Digital Archive", "ArchiveSite"], mla.QuerySelectorAll("i").Select(i => i.Text()));
        Assert.Contains("APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF", page.QuerySelector("#citation-chicago-note").Text(), StringComparison.Ordinal);
        Assert.StartsWith("Joseph Stalin to Kim Il Sung (via Terentii Shtykov), telegram, November 20, 1950,", page.QuerySelector("#citation-chicago-note")!.Text(), StringComparison.Ordinal);
        Assert.Equal(["/documents/112082/citation.bib", "/documents/112082/citation.ris", "/documents/112082/citation.json"],
            page.QuerySelectorAll(".downloads a").Select(a => a.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll("button.copy-button"), b => Assert.True(b.HasAttribute("hidden"), "copy buttons wait for JavaScript"));
    }

    [Fact]
    public async Task EveryParagraphHasALinkToCiteIt()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112082");

        var paragraphs = page.QuerySelectorAll(".body p[id]").ToArray();
        Assert.True(paragraphs.Length > 5);
        Assert.All(paragraphs, p => Assert.Equal("#" + p.Id, p.QuerySelector("a.para-link")!.GetAttribute("href")));
    }

    [Fact]
    public async Task TheHeadCarriesHighwireDublinCoreJsonLdAndACanonicalLink()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112079");
        string? Meta(string name) => page.QuerySelector($"meta[name='{name}']")?.GetAttribute("content");

        Assert.Equal("http://localhost/documents/112079", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin", Meta("citation_title"));
        Assert.Equal("1950/11/17", Meta("citation_date"));
        // The telegram's sender, not the writer of the message it transmits.
        Assert.Equal(["Shtykov, Terentii"], page.QuerySelectorAll("meta[name='citation_author']").Select(m => m.GetAttribute("content")));
        Assert.Equal("Shtykov, Terentii", Meta("DC.creator"));
        Assert.Equal("History and Public Policy Program Digital Archive", Meta("citation_publisher"));
        Assert.Equal("1950-11-17", Meta("DC.date"));
        Assert.Equal(2, page.QuerySelectorAll("meta[name='DC.relation']").Length);

        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("https://schema.org", jsonLd.GetProperty("@context").GetString());
        Assert.Contains("ArchiveComponent", jsonLd.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("1950-11-17", jsonLd.GetProperty("dateCreated").GetString());
        Assert.Equal("Terentii Shtykov", jsonLd.GetProperty("author")[0].GetProperty("name").GetString());
        Assert.Equal("Andrei Gromyko", jsonLd.GetProperty("recipient")[0].GetProperty("name").GetString());
        Assert.Equal(["APRF", "AVPRF"], jsonLd.GetProperty("holdingArchive").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
    }
}
