using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace ArchiveSite.Web.Tests.Endpoints;

/// <summary>robots.txt, the sitemap, the Atom feed, OpenSearch and the bulk download.</summary>
public sealed class DiscoveryEndpointTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    private async Task<(HttpResponseMessage Response, string Text)> Get(ArchiveSiteFactory site, string url)
    {
        var response = await site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RobotsNamesTheSitemap()
    {
        var (response, text) = await Get(factory, "/robots.txt");

        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\nSitemap: http://localhost/sitemap.xml\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// What a crawler that follows robots.txt as Google does (wildcards; the longest matching rule
    /// wins, Allow on a tie) may fetch: documents and searches by words or dates, not the endless
    /// combinations of filters, orders, pages, facet lists and exports.
    /// </summary>
    [Theory]
    [InlineData("/documents/112082", true)]
    [InlineData("/documents/112082/thread", true)]
    [InlineData("/", true)]
    [InlineData("/search", true)]
    [InlineData("/search?q=Kim+Il+Sung", true)]
    [InlineData("/search?from=1950-11-01&to=1950-11-30", true)]
    [InlineData("/search/help", true)]
    [InlineData("/search?q=pilots&f.year=1950", false)]
    [InlineData("/?f.language=Russian", false)]
    [InlineData("/search?q=pilots&sort=date", false)]
    [InlineData("/search?sort=date&q=pilots", false)]
    [InlineData("/search?q=pilots&page=2", false)]
    [InlineData("/?page=2", false)]
    [InlineData("/search/facet/year?q=pilots", false)]
    [InlineData("/search/citations.bib?q=pilots", false)]
    [InlineData("/api/search?q=pilots", false)]
    [InlineData("/oai?verb=Identify", false)]
    [InlineData("/search?q=pilots&sel=112082", false)]
    [InlineData("/documents/112082?sel=112082", false)]
    [InlineData("/selection?ids=112082", true)]
    [InlineData("/selection/citations.csv?ids=112082", false)]
    [InlineData("/search/kwic?q=pilots", true)]
    public async Task RobotsLetsCrawlersReadDocumentsAndPlainSearchesButNotTheirCombinations(string path, bool allowed)
    {
        var (_, text) = await Get(factory, "/robots.txt");

        var rules = text.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0] is "Allow" or "Disallow")
            .Select(parts => (Allow: parts[0] == "Allow", Pattern: parts[1].Trim()));
        var match = rules
            .Where(rule => System.Text.RegularExpressions.Regex.IsMatch(path, "^" + System.Text.RegularExpressions.Regex.Escape(rule.Pattern).Replace("\\*", ".*", StringComparison.Ordinal)))
            .OrderByDescending(rule => rule.Pattern.Length).ThenByDescending(rule => rule.Allow)
            .First();

        Assert.True(match.Allow == allowed, $"{path}: {(match.Allow ? "Allow" : "Disallow")}: {match.Pattern}");
    }

    [Fact]
    public async Task TheSitemapNamesEveryPermalinkWithItsDate()
    {
        var (_, text) = await Get(factory, "/sitemap.xml");
        var urls = XDocument.Parse(text).Descendants(Sitemap + "url").ToArray();

        Assert.Contains(urls, u => u.Element(Sitemap + "loc")!.Value == "http://localhost/documents/112082"
            && System.Text.RegularExpressions.Regex.IsMatch(u.Element(Sitemap + "lastmod")!.Value, @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$"));
        Assert.Contains(urls, u => u.Element(Sitemap + "loc")!.Value == "http://localhost/documents/112079");
    }

    [Fact]
    public async Task PastTheLimitTheSitemapIsAnIndexOfNumberedFiles()
    {
        using var small = new ArchiveSiteFactory { Settings = new Dictionary<string, string> { ["Archive:SitemapSize"] = "1" } };

        var (_, index) = await Get(small, "/sitemap.xml");
        var parts = XDocument.Parse(index).Descendants(Sitemap + "loc").Select(l => l.Value).ToArray();
        Assert.Equal(["http://localhost/sitemap-1.xml", "http://localhost/sitemap-2.xml"], parts);

        var documents = new List<string>();
        foreach (var part in parts)
        {
            var (_, text) = await Get(small, new Uri(part).PathAndQuery);
            documents.AddRange(XDocument.Parse(text).Descendants(Sitemap + "loc").Select(l => l.Value).Where(l => l.Contains("/documents/", StringComparison.Ordinal)));
        }

        Assert.Equal(["http://localhost/documents/112079", "http://localhost/documents/112082"], documents.Order());
        Assert.Equal(HttpStatusCode.NotFound, (await small.CreateClient().GetAsync("/sitemap-3.xml")).StatusCode);
    }

    [Fact]
    public async Task TheFeedListsTheNewestTextsWithTheirVersionedIds()
    {
        var (response, text) = await Get(factory, "/feed.atom");
        var feed = XDocument.Parse(text).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.NotNull(feed.Element(Atom + "updated"));
        var entries = feed.Elements(Atom + "entry").ToArray();
        Assert.Equal(2, entries.Length);
        Assert.All(entries, e => Assert.Matches(@"^http://localhost/documents/\d+/v/[0-9a-f]{12}$", e.Element(Atom + "id")!.Value));
        Assert.Contains(entries, e => e.Element(Atom + "title")!.Value == "Telegram from Stalin to Kim II Sung, via Shtykov");
    }

    [Fact]
    public async Task AnAtomReaderReadsTheFeed()
    {
        var (_, text) = await Get(factory, "/feed.atom");
        using var reader = System.Xml.XmlReader.Create(new StringReader(text));

        var feed = System.ServiceModel.Syndication.SyndicationFeed.Load(reader);

        Assert.Equal("ArchiveSite: newest documents", feed.Title.Text);
        Assert.Equal(2, feed.Items.Count());
        Assert.All(feed.Items, item => Assert.StartsWith("http://localhost/documents/", item.Links.Single(l => l.RelationshipType == "alternate").Uri.ToString(), StringComparison.Ordinal));
        Assert.All(feed.Items, item => Assert.True(item.LastUpdatedTime > DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task OpenSearchDescribesTheSearchUrl()
    {
        var (_, text) = await Get(factory, "/opensearch.xml");
        var templates = XDocument.Parse(text).Root!.Elements(OpenSearch + "Url").Select(u => u.Attribute("template")!.Value).ToArray();

        Assert.Contains("http://localhost/search?q={searchTerms}", templates);
        var html = await factory.CreateClient().GetStringAsync(templates[0].Replace("{searchTerms}", "pilots", StringComparison.Ordinal));
        Assert.Contains("2 documents found", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheBulkDownloadIsEveryRecordOneALine()
    {
        var (response, text) = await Get(factory, "/documents.jsonl");

        Assert.Equal("application/jsonl", response.Content.Headers.ContentType?.MediaType);
        var records = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["112079", "112082"], records.Select(r => r.GetProperty("id").GetString()).Order());
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("body").GetString())));
    }
}
