using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Web.Http;

/// <summary>
/// A search's query string (<c>q</c>, <c>from</c>, <c>to</c>, <c>sort</c>, <c>page</c>, <c>f.key</c>)
/// read once, the same way wherever a search is answered: the search, browse and facet pages, the
/// JSON API and the citation exports of a result list. Checking it is Core's (dates, facets, order).
/// </summary>
public static class SearchQueryString
{
    /// <summary>The prefix of facet parameters: <c>f.year=1950</c>.</summary>
    public const string FacetPrefix = "f.";

    /// <summary>The parameter of a result's place in its list, 1-based: a document opened from a result list carries it (<c>n=7</c>) beside the list's search.</summary>
    public const string Position = "n";

    /// <summary>The request the query string asks for, with <paramref name="pageSize"/> results a page.</summary>
    public static SearchRequest Read(HttpRequest request, int pageSize) =>
        SearchRequest.Of(Value(request, "q"), Value(request, "from"), Value(request, "to"), Value(request, "sort"), PageParameter.Read(request), pageSize, Facets(request));

    /// <summary>A parameter's first value; null when it is missing, empty or blank (as Razor Pages' model binding reads it).</summary>
    public static string? Value(HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>The selected facet values, by facet key.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Facets(HttpRequest request) =>
        request.Query
            .Where(kv => kv.Key.StartsWith(FacetPrefix, StringComparison.Ordinal) && kv.Key.Length > FacetPrefix.Length)
            .ToDictionary(
                kv => kv.Key[FacetPrefix.Length..],
                kv => (IReadOnlyList<string>)kv.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
}
