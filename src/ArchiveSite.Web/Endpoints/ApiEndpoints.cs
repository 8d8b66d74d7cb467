using System.Globalization;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Web.Http;
using ArchiveSite.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// The JSON API, described at <c>/openapi/v1.json</c>: the archive's records page by page, one
/// record whole (with every version it has had), and search with the search page's parameters.
/// Errors are RFC 9457 problem details that say what is wrong, as the pages do.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Records per page when none is asked for.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>Maps <c>/api/…</c>.</summary>
    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Archive");
        api.MapGet("/documents", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("The archive's records, oldest first (undated last), a page at a time.")
            .WithDescription("Query parameters: page (from 1), pageSize (1-100, default 50).");
        api.MapGet("/documents/{id}", GetDocumentAsync)
            .WithName("GetDocument")
            .WithSummary("One record whole: text, citation and its parts, and every version it has had.")
            .WithDescription("Query parameter: as-of (a date, 2026-12-05, or a UTC time, 2026-12-06T20:32:28Z) gives the text the record had then, served now or withdrawn since.");
        api.MapGet("/search", SearchAsync)
            .RequireRateLimiting(RateLimits.Search)
            .WithName("Search")
            .WithSummary("Search, with the search page's parameters.")
            .WithDescription("Query parameters: q (the search syntax of /search/help), from and to (dates as researchers write them), sort (relevance, date, date-desc, archival), page, pageSize (1-100), and f.{facet}=value filters (year, month, language, archive, fond, delo, sender, recipient, via); as-of (a date, 2026-12-05, or a UTC time, 2026-12-06T20:32:28Z) answers as the archive did then, each hit with the versioned permalink of its text then.");
        return app;
    }

    private static Results<Ok<ApiDocumentList>, ProblemHttpResult> ListDocuments(HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        var results = archive.Searcher.Search(new SearchRequest(Page: PageParameter.Read(request), PageSize: PageSize(request), Sort: SearchSort.Date));
        var baseUrl = SiteAddress.BaseUrl(request, options);
        var documents = results.Hits
            .Select(h => new ApiDocumentSummary(h.Id, string.Concat(h.Title.Select(s => s.Text)), ApiDate.Of(archive.Searcher.GetDocument(h.Id)?.Date),
                string.Concat(h.Summary.Select(s => s.Text)), SiteIdentity.Permalink(baseUrl, h.Id), $"{baseUrl}/api/documents/{Uri.EscapeDataString(h.Id)}"))
            .ToArray();
        return TypedResults.Ok(new ApiDocumentList(results.TotalHits, results.Request.Page, results.Request.PageSize, documents, Next(request, baseUrl, results)));
    }

    private static async Task<Results<Ok<ApiDocument>, ProblemHttpResult, StatusCodeHttpResult>> GetDocumentAsync(string id, HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        if (SearchQueryString.Value(request, SearchPin.Parameter) is { } asOf)
        {
            return await PinnedApi.DocumentAsync(id, asOf, request, archive, options);
        }

        if (archive.Entry(id) is not { } entry || archive.Searcher.GetDocument(id) is not { } document)
        {
            return TypedResults.Problem($"No document has the id '{id}'. Ids are the last part of a permalink: /documents/112082 has the id 112082.", statusCode: StatusCodes.Status404NotFound, title: "No such document");
        }

        if (HttpCaching.NotModified(request.HttpContext, $"api-document|{entry.Version}", entry.FirstSeen))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var baseUrl = SiteAddress.BaseUrl(request, options);
        var versions = (await archive.VersionsReady).History(id).Select(v => new ApiVersion(v.Version, v.FirstSeen, $"{SiteIdentity.Permalink(baseUrl, id)}/v/{v.Version}"));
        return TypedResults.Ok(ApiDocument.Of(document, entry.Version, versions, baseUrl));
    }

    private static async Task<Results<Ok<ApiSearchResults>, ProblemHttpResult>> SearchAsync(HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        var query = SearchQueryString.Read(request, PageSize(request));
        PinnedSearchPage? pinned = null;
        if (SearchQueryString.Value(request, SearchPin.Parameter) is { } asOf)
        {
            // Only a pinned search pays for the version store; an unpinned one is as it was.
            pinned = await PinnedSearchPage.ReadAsync(archive, query, asOf, DateTimeOffset.UtcNow);
        }

        var results = pinned?.Results ?? archive.Searcher.Search(query);
        if (results.Error is not null)
        {
            return TypedResults.Problem(results.Error, statusCode: StatusCodes.Status400BadRequest, title: "The search could not run");
        }

        var baseUrl = SiteAddress.BaseUrl(request, options);
        var facets = results.Facets
            .Select(g => new ApiFacet(g.Dimension.Key, g.Dimension.Label, g.Values.Select(v => new ApiFacetValue(v.Value, v.Display, v.Count)).ToArray()))
            .ToArray();
        var hits = results.Hits.Select(h => pinned?.Versions.GetValueOrDefault(h.Id) is { } version
            ? ApiHit.Of(h, baseUrl) with { VersionedPermalink = $"{SiteIdentity.Permalink(baseUrl, h.Id)}/v/{version}" }
            : ApiHit.Of(h, baseUrl));
        return TypedResults.Ok(new ApiSearchResults(results.TotalHits, results.Request.Page, results.Request.PageSize,
            hits.ToArray(), [.. results.Notices, .. pinned?.Notices ?? []], facets, Next(request, baseUrl, results)) { AsOf = pinned?.Pin?.Value });
    }

    private static int PageSize(HttpRequest request) =>
        int.TryParse(request.Query["pageSize"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
            ? Math.Clamp(size, 1, SearchRequest.MaxPageSize)
            : DefaultPageSize;

    private static string? Next(HttpRequest request, string baseUrl, SearchResults results) =>
        results.Request.Page < results.PageCount ? baseUrl + QueryUrl.WithPage(request, results.Request.Page + 1) : null;
}
