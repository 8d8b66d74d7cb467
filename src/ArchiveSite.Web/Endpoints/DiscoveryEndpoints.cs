using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// How crawlers, feed readers, browsers and bulk users find the archive: <c>/robots.txt</c>,
/// <c>/favicon.ico</c> (sent on to the site's SVG icon),
/// <c>/sitemap.xml</c> (an index of numbered sitemaps past 50,000 records, the protocol's limit),
/// <c>/feed.atom</c> (the newest texts), <c>/opensearch.xml</c> (search from the browser's address
/// bar) and <c>/documents.jsonl</c> (every record, one JSON object a line).
/// </summary>
public static class DiscoveryEndpoints
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace OpenSearch = "http://a9.com/-/spec/opensearch/1.1/";

    /// <summary>Maps the discovery addresses.</summary>
    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", Robots).ExcludeFromDescription();
        // Browsers and tools that ask for the icon at the old fixed address (pages link the SVG) are
        // sent to it rather than answered with a logged 404 page.
        app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true)).ExcludeFromDescription();
        app.MapGet("/sitemap.xml", SitemapOrIndex).ExcludeFromDescription();
        app.MapGet("/sitemap-{number:int}.xml", SitemapPart).ExcludeFromDescription();
        app.MapGet("/feed.atom", Feed).ExcludeFromDescription();
        app.MapGet("/opensearch.xml", OpenSearchDescription).ExcludeFromDescription();
        // The whole corpus in one answer: an export, limited as citation files are. The sitemap and
        // the feed are not: crawlers and feed readers depend on them, and they are built from the
        // catalogue in memory (the feed reads 50 records) and answered with 304 when unchanged.
        app.MapGet("/documents.jsonl", Bulk).ExcludeFromDescription().RequireRateLimiting(RateLimits.Exports);
        return app;
    }

    private static IResult Robots(HttpRequest request, IOptions<ArchiveOptions> options)
    {
        var baseUrl = SiteAddress.BaseUrl(request, options);
        // Documents are for everyone, and so is a search by words or dates: "Kim Il Sung" or
        // "November 1950" is a page a reader may look for in a search engine, and the site's own
        // links reach few of them. What makes result lists endless is the combinations: filters
        // (f.), orders, pages past the first, every facet's full list and the exports. Those are
        // kept out, as are the API's searches and OAI-PMH, which have their own clients, and pages
        // carrying a selection (sel=): every list of ids is another address. A selection's own page
        // may be read: its links only reorder or shorten its list, and "add" links are nofollow.
        var text = $"""
            User-agent: *
            Allow: /
            Disallow: /*?f.
            Disallow: /*&f.
            Disallow: /*?sort=
            Disallow: /*&sort=
            Disallow: /*?page=
            Disallow: /*&page=
            Disallow: /search/facet/
            Disallow: /search/citations
            Disallow: /*?sel=
            Disallow: /*&sel=
            Disallow: /selection/citations
            Disallow: /api/search
            Disallow: /oai

            Sitemap: {baseUrl}/sitemap.xml

            """.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Results.Text(text, "text/plain", Encoding.UTF8);
    }

    private static IResult SitemapOrIndex(HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        if (HttpCaching.NotModified(request.HttpContext, $"sitemap|{archive.Stamp}", archive.LastChanged))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var baseUrl = SiteAddress.BaseUrl(request, options);
        var sitemapSize = options.Value.EffectiveSitemapSize;
        // Read once: a reload may swap the catalogue while the answer is written.
        var all = archive.Entries;
        if (all.Count <= sitemapSize)
        {
            return Xml(UrlSet(baseUrl, all, includePages: true));
        }

        var parts = (all.Count + sitemapSize - 1) / sitemapSize;
        return Xml(new XDocument(new XElement(Sitemap + "sitemapindex",
            Enumerable.Range(1, parts).Select(n => new XElement(Sitemap + "sitemap",
                new XElement(Sitemap + "loc", $"{baseUrl}/sitemap-{n}.xml"),
                new XElement(Sitemap + "lastmod", AtomFeed.W3CDate(all.Skip((n - 1) * sitemapSize).Take(sitemapSize).Max(e => e.FirstSeen))))))));
    }

    private static IResult SitemapPart(int number, HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        var sitemapSize = options.Value.EffectiveSitemapSize;
        var all = archive.Entries;
        var entries = number < 1 ? [] : all.Skip((number - 1) * sitemapSize).Take(sitemapSize).ToArray();
        if (entries.Length == 0 || all.Count <= sitemapSize)
        {
            return Results.NotFound();
        }

        return Xml(UrlSet(SiteAddress.BaseUrl(request, options), entries, includePages: number == 1));
    }

    private static XDocument UrlSet(string baseUrl, IEnumerable<CatalogEntry> entries, bool includePages)
    {
        var pages = includePages ? new[] { "/", "/search/help" }.Select(p => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", baseUrl + p))) : [];
        return new XDocument(new XElement(Sitemap + "urlset",
            pages,
            entries.Select(e => new XElement(Sitemap + "url",
                new XElement(Sitemap + "loc", SiteIdentity.Permalink(baseUrl, e.Id)),
                new XElement(Sitemap + "lastmod", AtomFeed.W3CDate(e.FirstSeen))))));
    }

    /// <summary>The newest texts first: records new to the archive and records whose text changed.</summary>
    private static IResult Feed(HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        if (HttpCaching.NotModified(request.HttpContext, $"feed|{archive.Stamp}", archive.LastChanged))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var baseUrl = SiteAddress.BaseUrl(request, options);
        var siteName = options.Value.SiteName;
        return Xml(AtomFeed.Of(baseUrl, siteName, $"{siteName}: newest documents", baseUrl + "/feed.atom", baseUrl + "/", FeedItems.Newest(archive)), "application/atom+xml");
    }

    private static IResult OpenSearchDescription(HttpRequest request, IOptions<ArchiveOptions> options)
    {
        var baseUrl = SiteAddress.BaseUrl(request, options);
        var description = new XElement(OpenSearch + "OpenSearchDescription",
            new XElement(OpenSearch + "ShortName", options.Value.SiteName),
            new XElement(OpenSearch + "Description", $"Search the documents of {options.Value.SiteName} by words, names in any spelling, archival references and dates."),
            new XElement(OpenSearch + "InputEncoding", "UTF-8"),
            new XElement(OpenSearch + "Url", new XAttribute("type", "text/html"), new XAttribute("method", "get"), new XAttribute("template", baseUrl + "/search?q={searchTerms}")),
            new XElement(OpenSearch + "Url", new XAttribute("type", "application/json"), new XAttribute("method", "get"), new XAttribute("template", baseUrl + "/api/search?q={searchTerms}&page={startPage?}")),
            new XElement(OpenSearch + "Url", new XAttribute("rel", "self"), new XAttribute("type", "application/opensearchdescription+xml"), new XAttribute("template", baseUrl + "/opensearch.xml")));
        return Xml(new XDocument(description), "application/opensearchdescription+xml");
    }

    /// <summary>Every record as the API gives it, one a line, streamed: the corpus is never held in memory whole.</summary>
    private static async Task Bulk(HttpContext context, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        var baseUrl = SiteAddress.BaseUrl(context.Request, options);
        context.Response.ContentType = "application/jsonl; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=archivesite-documents.jsonl";
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var newline = "\n"u8.ToArray();
        var store = await archive.VersionsReady;
        foreach (var entry in archive.Entries)
        {
            if (archive.Searcher.GetDocument(entry.Id) is not { } document)
            {
                continue;
            }

            var versions = store.History(entry.Id).Select(v => new ApiVersion(v.Version, v.FirstSeen, $"{SiteIdentity.Permalink(baseUrl, entry.Id)}/v/{v.Version}"));
            await JsonSerializer.SerializeAsync(context.Response.Body, ApiDocument.Of(document, entry.Version, versions, baseUrl), json, context.RequestAborted);
            await context.Response.Body.WriteAsync(newline, context.RequestAborted);
        }
    }

    private static IResult Xml(XDocument document, string mediaType = "application/xml") => XmlResult.Of(document, mediaType);
}
