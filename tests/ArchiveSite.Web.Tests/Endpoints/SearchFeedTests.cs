using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace ArchiveSite.Web.Tests.Endpoints;

/// <summary>A search's Atom feed, <c>/search/feed.atom?…</c>: the documents it finds, newest texts first.</summary>
public sealed class SearchFeedTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>, IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly SeedFolder _seeds = new();

    public void Dispose() => _seeds.Dispose();

    private static async Task<XElement> Feed(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
    }

    private static string[] Ids(XElement feed) =>
        feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value.Split('/')[^1]).ToArray();

    [Fact]
    public async Task AnAtomReaderReadsASearchsFeedWithItsSelfLink()
    {
        var text = await factory.CreateClient().GetStringAsync("/search/feed.atom?q=pilots&f.language=Russian");
        using var reader = XmlReader.Create(new StringReader(text));

        var feed = SyndicationFeed.Load(reader);

        Assert.Equal("ArchiveSite: newest documents for “pilots”, language Russian", feed.Title.Text);
        Assert.Equal("http://localhost/search/feed.atom?q=pilots&f.language=Russian", feed.Links.Single(l => l.RelationshipType == "self").Uri.ToString());
        Assert.Equal("http://localhost/search?q=pilots&f.language=Russian", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString());
        Assert.Equal(2, feed.Items.Count());
        Assert.All(feed.Items, item => Assert.Matches(@"^http://localhost/documents/\d+/v/[0-9a-f]{12}$", item.Id));
    }

    [Theory]
    [InlineData("/search/feed.atom?q=Manchuria", new[] { "112082" })]
    [InlineData("/search/feed.atom?q=Gromyko", new[] { "112079" })]
    [InlineData("/search/feed.atom?from=1950-11-18", new[] { "112082" })]
    [InlineData("/search/feed.atom?q=zeppelin", new string[0])]
    public async Task OnlyTheDocumentsTheSearchFindsAreEntries(string url, string[] ids)
    {
        Assert.Equal(ids, Ids(await Feed(factory.CreateClient(), url)));
    }

    [Theory]
    [InlineData("/search/feed.atom")]
    [InlineData("/search/feed.atom?q=%22unclosed")]
    [InlineData("/search/feed.atom?q=pilots&f.nonsense=1")]
    public async Task NoSearchOrABadOneIsABadRequestThatSaysWhy(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"detail\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSearchPageLinksItsFeedInItsHeadAndOnThePage()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=pilots&sort=date&page=1&sel=112082");

        var alternate = page.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToArray();
        Assert.Contains("/search/feed.atom?q=pilots", alternate);
        Assert.Contains("/feed.atom", alternate);
        Assert.Contains(page.QuerySelectorAll(".search-views a"), a => a.GetAttribute("href") == "/search/feed.atom?q=pilots");
    }

    [Fact]
    public async Task ACorrectedTextComesFirstAsANewEntry()
    {
        string[] before;
        using (var first = _seeds.Site())
        {
            before = (await Feed(first.CreateClient(), "/search/feed.atom?q=pilots")).Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToArray();
        }

        var file = _seeds.Seed("112082");
        File.WriteAllText(file, File.ReadAllText(file).Replace("after a delay", "after a long delay", StringComparison.Ordinal));
        using var second = _seeds.Site();

        var feed = await Feed(second.CreateClient(), "/search/feed.atom?q=pilots");

        Assert.Equal(["112082", "112079"], Ids(feed));
        var entries = feed.Elements(Atom + "entry").ToArray();
        Assert.DoesNotContain(entries[0].Element(Atom + "id")!.Value, before);
        Assert.Contains(entries[1].Element(Atom + "id")!.Value, before);
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(updated[0] >= updated[1], $"{updated[0]:O} before {updated[1]:O}");
        Assert.Equal(feed.Element(Atom + "updated")!.Value, entries[0].Element(Atom + "updated")!.Value);
    }
}
