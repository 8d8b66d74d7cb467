using System.Globalization;
using ArchiveSite.Web.Http;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// Links that step through a result list from a document, as Blacklight does but with no session:
/// a result's link carries the search it came from (<c>q</c>, <c>from</c>, <c>to</c>, <c>sort</c>,
/// <c>f.…</c>), its place in the list (<c>n=7</c>) and, from browse, <c>list=browse</c>; the
/// document page reads them back to offer the previous and next result and the way back to the
/// right page of the list. The permalink stays <c>/documents/{id}</c> (the page's canonical link).
/// </summary>
public static class ResultLinks
{
    /// <summary>The parameter of a result's place in its list, 1-based.</summary>
    public const string Position = SearchQueryString.Position;

    /// <summary>The parameter that says which list the document was opened from; absent for a search.</summary>
    public const string List = "list";

    /// <summary>The value of <see cref="List"/> for browse (<c>/</c>), whose pages hold more results than a search's.</summary>
    public const string Browse = "browse";

    /// <summary>True when the request carries a place in a result list: the document page then steps through it.</summary>
    public static bool IsStepping(HttpRequest request) => request.Query.ContainsKey(Position);

    /// <summary>The link from the current result list (a search, or browse at <c>/</c>) to its result <paramref name="id"/> at <paramref name="position"/>.</summary>
    public static string ToResult(HttpRequest request, string id, int position) =>
        Document(id, SearchPairs(request), request.Path == "/", position);

    /// <summary>From a document opened from a list, the link to another result of it, at <paramref name="position"/>.</summary>
    public static string ToNeighbour(HttpRequest request, string id, int position) =>
        Document(id, SearchPairs(request), IsFromBrowse(request), position);

    /// <summary>From a document opened from a list, the page of the list that has result <paramref name="position"/>.</summary>
    public static string BackToList(HttpRequest request, int position)
    {
        var browse = IsFromBrowse(request);
        var pageSize = browse ? IndexModel.PageSize : SearchModel.PageSize;
        var page = (Math.Max(1, position) - 1) / pageSize + 1;
        var pairs = page > 1 ? SearchPairs(request).Append(("page", page.ToString(CultureInfo.InvariantCulture))) : SearchPairs(request);
        return QueryUrl.Build(browse ? "/" : "/search", pairs);
    }

    private static bool IsFromBrowse(HttpRequest request) => request.Query[List] == Browse;

    private static string Document(string id, IEnumerable<(string Key, string Value)> search, bool browse, int position)
    {
        var pairs = browse ? search.Append((List, Browse)) : search;
        return QueryUrl.Build("/documents/" + Uri.EscapeDataString(id), pairs.Append((Position, position.ToString(CultureInfo.InvariantCulture))));
    }

    /// <summary>
    /// The parameters that make the list what it is, and nothing else (not its page, not the values
    /// page's order); and the selection the page carries (<see cref="SelectionUrl.Parameter"/>), which
    /// is not the list's but goes where the reader goes, so stepping through results keeps it.
    /// </summary>
    private static IEnumerable<(string Key, string Value)> SearchPairs(HttpRequest request) =>
        request.Query
            .Where(kv => kv.Key is "q" or "from" or "to" or "sort" or SelectionUrl.Parameter || kv.Key.StartsWith(QueryUrl.FacetPrefix, StringComparison.Ordinal))
            .SelectMany(kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => (kv.Key, v!)))
            .Distinct();
}
