using System.Text;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// Citation files for reference managers: <c>/documents/{id}/citation.bib|.ris|.json</c> for one
/// record, and <c>/search/citations.bib|.ris|.json?…</c> for a whole result list (the search page's
/// parameters). Each names the versioned permalink, so the citation leads back to the exact text.
/// </summary>
public static class CitationEndpoints
{
    /// <summary>The most records one result-list file holds.</summary>
    public const int MaxListRecords = 1000;

    private static readonly Dictionary<string, (string MediaType, Func<IEnumerable<CitationContext>, string> Write)> Formats = new(StringComparer.Ordinal)
    {
        ["bib"] = ("application/x-bibtex", CitationExports.BibTeX),
        ["ris"] = ("application/x-research-info-systems", CitationExports.Ris),
        ["json"] = ("application/vnd.citationstyles.csl+json", CitationExports.CslJson),
    };

    /// <summary>Maps the citation downloads.</summary>
    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{id}/citation.{format}", OneRecord).ExcludeFromDescription().RequireRateLimiting(RateLimits.Exports);
        app.MapGet("/search/citations.{format}", ResultList).ExcludeFromDescription().RequireRateLimiting(RateLimits.Exports);
        return app;
    }

    /// <summary>The citation context of a served record: its correspondents as the searcher's names authority gives them, its versioned permalink, accessed today.</summary>
    public static CitationContext Context(ArchiveSearcher searcher, ArchiveDocument document, string version, string baseUrl, string siteName) =>
        CitationContext.Of(document, searcher.Names, $"{SiteAddress.Permalink(baseUrl, document.Id)}/v/{version}", DateOnly.FromDateTime(DateTime.UtcNow), siteName);

    private static IResult OneRecord(string id, string format, HttpRequest request, ArchiveCatalog catalog, IOptions<ArchiveOptions> options)
    {
        // One searcher for the request: the record and the names its correspondents are given in come from one catalogue.
        var searcher = catalog.Searcher;
        if (!Formats.TryGetValue(format, out var writer) || searcher.GetDocument(id) is not { } document || catalog.Entry(id) is not { } entry)
        {
            return Results.NotFound();
        }

        // The access date is in the file, so the day is part of what it is made from.
        if (HttpCaching.NotModified(request.HttpContext, $"citation|{entry.Version}|{DateOnly.FromDateTime(DateTime.UtcNow):O}", entry.FirstSeen))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var text = writer.Write([Context(searcher, document, entry.Version, SiteAddress.BaseUrl(request, options), options.Value.SiteName)]);
        return File(text, writer.MediaType, $"archivesite-{FileSafe(id)}.{format}");
    }

    private static IResult ResultList(string format, HttpRequest request, ArchiveCatalog catalog, IOptions<ArchiveOptions> options)
    {
        if (!Formats.TryGetValue(format, out var writer))
        {
            return Results.NotFound();
        }

        var baseUrl = SiteAddress.BaseUrl(request, options);
        var searcher = catalog.Searcher;
        var first = SearchQuery.Read(request, SearchRequest.MaxPageSize) with { Page = 1 };
        var contexts = new List<CitationContext>();
        for (var page = 1; contexts.Count < MaxListRecords; page++)
        {
            var results = searcher.Search(first with { Page = page });
            if (results.Error is not null)
            {
                return Results.Problem(results.Error, statusCode: StatusCodes.Status400BadRequest, title: "The search could not run");
            }

            foreach (var hit in results.Hits)
            {
                if (searcher.GetDocument(hit.Id) is { } document && catalog.Entry(hit.Id) is { } entry)
                {
                    contexts.Add(Context(searcher, document, entry.Version, baseUrl, options.Value.SiteName));
                }
            }

            if (page >= results.PageCount)
            {
                break;
            }
        }

        return File(writer.Write(contexts.Take(MaxListRecords)), writer.MediaType, $"archivesite-search.{format}");
    }

    private static IResult File(string text, string mediaType, string fileName) =>
        Results.File(Encoding.UTF8.GetBytes(text), mediaType + "; charset=utf-8", fileName);

    private static string FileSafe(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
