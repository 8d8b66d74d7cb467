using Microsoft.AspNetCore.Http.Extensions;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// Links that change one thing about the current list (a facet value, the page) and keep every
/// other parameter, so each state of a search is a URL that can be shared.
/// </summary>
public static partial class QueryUrl
{
    /// <summary>The prefix of facet parameters: <c>f.year=1950</c>.</summary>
    public const string FacetPrefix = "f.";

    /// <summary>The selected facet values, by facet key.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Facets(HttpRequest request) =>
        request.Query
            .Where(kv => kv.Key.StartsWith(FacetPrefix, StringComparison.Ordinal) && kv.Key.Length > FacetPrefix.Length)
            .ToDictionary(
                kv => kv.Key[FacetPrefix.Length..],
                kv => (IReadOnlyList<string>)kv.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).Distinct(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);

    /// <summary>The list narrowed by one more facet value, from its first page.</summary>
    public static string WithFacet(HttpRequest request, string key, string value) =>
        Build(request, Pairs(request).Append((FacetPrefix + key, value)));

    /// <summary>The list without one facet value, from its first page.</summary>
    public static string WithoutFacet(HttpRequest request, string key, string value) =>
        Build(request, Pairs(request).Where(p => !(p.Key == FacetPrefix + key && p.Value == value)));

    /// <summary>Another page of the same list.</summary>
    public static string WithPage(HttpRequest request, int page) =>
        Build(request, page > 1 ? Pairs(request).Append(("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))) : Pairs(request));

    /// <summary>Every parameter but the page, empty values dropped.</summary>
    private static IEnumerable<(string Key, string Value)> Pairs(HttpRequest request) =>
        request.Query
            .Where(kv => kv.Key != "page")
            .SelectMany(kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => (kv.Key, v!)))
            .Distinct();

    private static string Build(HttpRequest request, IEnumerable<(string Key, string Value)> pairs) => Build(request.Path, pairs);

    private static string Build(string path, IEnumerable<(string Key, string Value)> pairs)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in pairs)
        {
            query.Add(key, value);
        }

        return path + query.ToQueryString();
    }
}
