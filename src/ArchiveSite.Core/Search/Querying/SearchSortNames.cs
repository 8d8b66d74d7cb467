namespace ArchiveSite.Core.Search.Querying;

/// <summary>The names researchers write for an order (<c>sort=date-desc</c>), read and checked here like dates and facets.</summary>
public static class SearchSortNames
{
    /// <summary>relevance, date, date-desc or archival; null for none or anything else.</summary>
    public static SearchSort? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "relevance" => SearchSort.Relevance,
        "date" => SearchSort.Date,
        "date-desc" => SearchSort.DateDescending,
        "archival" => SearchSort.Archival,
        _ => null,
    };

    /// <summary>The name of an order, as a URL and a form write it.</summary>
    public static string Name(SearchSort sort) => sort switch
    {
        SearchSort.Date => "date",
        SearchSort.DateDescending => "date-desc",
        SearchSort.Archival => "archival",
        _ => "relevance",
    };

    /// <summary>Why a sort value cannot be used, for the researcher; null when it names an order or is empty.</summary>
    public static string? Problem(string? name) =>
        !string.IsNullOrWhiteSpace(name) && Parse(name) is null
            ? $"There is no order called “{name}”. The orders are relevance, date, date-desc and archival."
            : null;
}
