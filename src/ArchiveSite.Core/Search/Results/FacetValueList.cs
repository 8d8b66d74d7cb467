
namespace ArchiveSite.Core.Search.Results;

/// <summary>
/// All the values of one facet for a search, as the "more values" page lists them: by count or
/// in index order, a page at a time (a FRUS correspondent facet has thousands of values).
/// </summary>
public static class FacetValueList
{
    /// <summary>Values per page.</summary>
    public const int PageSize = 100;

    /// <summary>Reads <c>facet.sort</c>: <c>index</c> for A–Z (years and months in date order); anything else is by count.</summary>
    public static FacetValueOrder ParseOrder(string? value) =>
        string.Equals(value?.Trim(), "index", StringComparison.OrdinalIgnoreCase) ? FacetValueOrder.Index : FacetValueOrder.Count;

    /// <summary>
    /// The values in the order asked for. A–Z sorts what researchers read (the display), except
    /// for chronological facets, where month names in alphabetical order would be nonsense.
    /// </summary>
    public static IReadOnlyList<FacetValue> Order(FacetGroup group, FacetValueOrder order) => order switch
    {
        FacetValueOrder.Index when group.Dimension.Chronological => group.Values.OrderBy(v => v.Value, StringComparer.Ordinal).ToArray(),
        FacetValueOrder.Index => group.Values.OrderBy(v => v.Display, StringComparer.OrdinalIgnoreCase).ThenBy(v => v.Value, StringComparer.Ordinal).ToArray(),
        _ => group.Values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToArray(),
    };

    /// <summary>One page of <paramref name="values"/> (1-based), empty beyond the end.</summary>
    public static IReadOnlyList<FacetValue> Page(IReadOnlyList<FacetValue> values, int page, int pageSize = PageSize) =>
        values.Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize).ToArray();

    /// <summary>How many pages <paramref name="count"/> values fill.</summary>
    public static int PageCount(int count, int pageSize = PageSize) => count == 0 ? 0 : ((count - 1) / pageSize) + 1;
}
