namespace ArchiveSite.Web.Pages;

public static partial class QueryUrl
{
    /// <summary>The same search with other query text (a corrected spelling), from its first page; dates, facets and order kept.</summary>
    public static string WithQueryText(HttpRequest request, string text) =>
        Build(request, Pairs(request).Select(p => p.Key == "q" ? (p.Key, text) : p));
}
