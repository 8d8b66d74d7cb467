
namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// What a researcher asked for: the query parameters of <c>/search</c>, as given (dates as typed),
/// so the same request can be shown back in the form.
/// </summary>
/// <param name="Text">Keyword query in the site's syntax; empty for none.</param>
/// <param name="From">Earliest date, as typed (e.g. <c>1950-11-01</c>, <c>November 1950</c>); empty for open.</param>
/// <param name="To">Latest date, as typed; empty for open.</param>
/// <param name="Sort">Ordering; null means relevance for a keyword query and date otherwise.</param>
/// <param name="Page">1-based page number.</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="Filters">Facet values the results must have, by facet key (<c>year</c> → <c>1950</c>); values of one facet all apply.</param>
public sealed record SearchRequest(
    string? Text = null,
    string? From = null,
    string? To = null,
    SearchSort? Sort = null,
    int Page = 1,
    int PageSize = 20,
    IReadOnlyDictionary<string, IReadOnlyList<string>>? Filters = null)
{
    /// <summary>
    /// The order as the researcher wrote it (<c>sort=…</c>), when it names none: the search then
    /// fails saying so, as it does for a date or a facet it cannot read. Null when it named an order or none.
    /// </summary>
    public string? UnknownSort { get; init; }

    /// <summary>The request a query string's values ask for; an order it does not know is kept to be reported (<see cref="UnknownSort"/>).</summary>
    public static SearchRequest Of(string? text, string? from, string? to, string? sort, int page, int pageSize, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters) =>
        new(text, from, to, SearchSortNames.Parse(sort), page, pageSize, filters)
        {
            UnknownSort = SearchSortNames.Problem(sort) is null ? null : sort,
        };

    /// <summary>The facet filters, never null.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ActiveFilters => Filters ?? new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>The most results a page may hold.</summary>
    public const int MaxPageSize = 100;

    /// <summary>True when nothing narrows the archive: no words and no dates.</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To)
        && ActiveFilters.Values.All(v => v.Count == 0);

    /// <summary>The ordering in effect.</summary>
    public SearchSort EffectiveSort => Sort ?? (string.IsNullOrWhiteSpace(Text) ? SearchSort.Date : SearchSort.Relevance);
}
