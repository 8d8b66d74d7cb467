namespace ArchiveSite.Web.Http;

/// <summary>The output cache's policy names and tags, in one place.</summary>
public static class OutputCachePolicies
{
    /// <summary>Rendered pages, by path and whole query string, for five minutes.</summary>
    public const string Pages = "pages";

    /// <summary>Everything made from the catalogue: evicted together when the catalogue changes.</summary>
    public const string CatalogTag = "catalog";
}
