namespace ArchiveSite.Web.Pages;

/// <summary>Links to the citation files of the current result list.</summary>
public static partial class QueryUrl
{
    /// <summary>The whole result list (every page) as a citation file: <c>bib</c>, <c>ris</c> or <c>json</c>.</summary>
    public static string Citations(HttpRequest request, string format) =>
        Build("/search/citations." + format, Pairs(request));
}
