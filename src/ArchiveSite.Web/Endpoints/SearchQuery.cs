using ArchiveSite.Core.Search;
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

    /// <summary>relevance, date or date-desc; null for anything else (the default ordering).</summary>
    public static SearchSort? ParseSort(string? sort) => sort?.Trim().ToLowerInvariant() switch
    {
        "relevance" => SearchSort.Relevance,
        "date" => SearchSort.Date,
        "date-desc" => SearchSort.DateDescending,
        _ => null,
    };
}
