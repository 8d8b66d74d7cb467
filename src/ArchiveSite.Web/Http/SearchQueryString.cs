using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Web.Pages;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// A search's query string (<c>q</c>, <c>from</c>, <c>to</c>, <c>sort</c>, <c>page</c>, <c>f.key</c>)
/// read the same way wherever a search is answered: the search page, the JSON API and the
/// citation exports of a result list.
/// </summary>
public static class SearchQuery
{
    /// <summary>The request the query string asks for.</summary>
    public static SearchRequest Read(HttpRequest request, int pageSize) =>
        new(request.Query["q"].FirstOrDefault(), request.Query["from"].FirstOrDefault(), request.Query["to"].FirstOrDefault(),
            ParseSort(request.Query["sort"].FirstOrDefault()), PageParameter.Read(request), pageSize, QueryUrl.Facets(request));

    /// <summary>relevance, date, date-desc or archival; null for none or anything else.</summary>
    public static SearchSort? ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        "relevance" => SearchSort.Relevance,
        "date" => SearchSort.Date,
        "date-desc" => SearchSort.DateDescending,
        "archival" => SearchSort.Archival,
        _ => null,
    };

    /// <summary>Why a sort value cannot be used, for the researcher; null when it names an order or is empty.</summary>
    public static string? UnknownSort(string? sort) =>
        !string.IsNullOrWhiteSpace(sort) && ParseSort(sort) is null
            ? $"There is no order called “{sort}”. The orders are relevance, date, date-desc and archival."
            : null;
}
