namespace ArchiveSite.Web.Pages;

/// <summary>Links between a list and the page of all values of one of its facets, keeping the search.</summary>
public static partial class QueryUrl
{
    /// <summary>The parameter of the values page's order: <c>count</c> or <c>index</c>.</summary>
    public const string FacetSort = "facet.sort";

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
}
