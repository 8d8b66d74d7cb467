using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// Links that change one thing about the current list (a facet value, the page) and keep every
/// other parameter, so each state of a search is a URL that can be shared.
/// </summary>
public static class QueryUrl
{
    /// <summary>The prefix of facet parameters: <c>f.year=1950</c>.</summary>
    public const string FacetPrefix = SearchQueryString.FacetPrefix;

    /// <summary>The parameter of the values page's order: <c>count</c> or <c>index</c>.</summary>
    public const string FacetSort = "facet.sort";

    /// <summary>The list narrowed by one more facet value, from its first page.</summary>
    public static string WithFacet(HttpRequest request, string key, string value) =>
        Build(request, Pairs(request).Append((FacetPrefix + key, value)));

    /// <summary>The list without one facet value, from its first page.</summary>
    public static string WithoutFacet(HttpRequest request, string key, string value) =>
        Build(request, Pairs(request).Where(p => !(p.Key == FacetPrefix + key && p.Value == value)));

    /// <summary>Another page of the same list.</summary>
    public static string WithPage(HttpRequest request, int page) =>
        Build(request, page > 1 ? Pairs(request).Append(("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))) : Pairs(request));

    /// <summary>The same search with other query text (a corrected spelling), from its first page; dates, facets and order kept.</summary>
    public static string WithQueryText(HttpRequest request, string text) =>
        Build(request, Pairs(request).Select(p => p.Key == "q" ? (p.Key, text) : p));

    /// <summary>The whole result list (every page) as a citation file: <c>bib</c>, <c>ris</c> or <c>json</c>.</summary>
    public static string Citations(HttpRequest request, string format) =>
        Build("/search/citations." + format, Pairs(request));

    /// <summary>Every occurrence of the search's words in context, <c>/search/kwic?…</c>, from its first page.</summary>
    public static string Kwic(HttpRequest request) =>
        Build("/search/kwic", Pairs(request));

    /// <summary>The result list the keyword-in-context view was opened from, from its first page.</summary>
    public static string BackToResults(HttpRequest request) =>
        Build("/search", Pairs(request));

    /// <summary>The search's Atom feed: its words, dates and facets (the feed has its own order, and no selection).</summary>
    public static string Feed(HttpRequest request) =>
        Build("/search/feed.atom", Pairs(request).Where(p => p.Key is not ("sort" or SelectionUrl.Parameter)));

    /// <summary>The page of every value of <paramref name="key"/> for the current search.</summary>
    public static string MoreValues(HttpRequest request, string key) =>
        Build("/search/facet/" + Uri.EscapeDataString(key), Pairs(request));

    /// <summary>The search narrowed by a value chosen on the values page (browse's state is a search too).</summary>
    public static string SearchWithFacet(HttpRequest request, string key, string value) =>
        Build("/search", Pairs(request).Where(p => p.Key != FacetSort).Append((FacetPrefix + key, value)));

    /// <summary>The search the values page was opened from, without the values page's own parameters.</summary>
    public static string BackToSearch(HttpRequest request) =>
        Build("/search", Pairs(request).Where(p => p.Key != FacetSort));

    /// <summary>The values page in another order, from its first page.</summary>
    public static string WithFacetSort(HttpRequest request, string order) =>
        Build(request, Pairs(request).Where(p => p.Key != FacetSort).Append((FacetSort, order)));

    /// <summary>Every parameter but the page, empty values dropped.</summary>
    private static IEnumerable<(string Key, string Value)> Pairs(HttpRequest request) =>
        request.Query
            .Where(kv => kv.Key != "page")
            .SelectMany(kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => (kv.Key, v!)))
            .Distinct();

    private static string Build(HttpRequest request, IEnumerable<(string Key, string Value)> pairs) => Build(request.Path, pairs);

    /// <summary><paramref name="path"/> with <paramref name="pairs"/> as its query string, encoded.</summary>
    public static string Build(string path, IEnumerable<(string Key, string Value)> pairs)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in pairs)
        {
            query.Add(key, value);
        }

        return path + query.ToQueryString();
    }
}
