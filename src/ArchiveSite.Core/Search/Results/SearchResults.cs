using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Search.Results;

/// <summary>
/// The answer to a <see cref="SearchRequest"/>: one page of hits and the true total, or an
/// error that says what is wrong with the request and how to write it.
/// </summary>
/// <param name="Request">The request answered.</param>
/// <param name="TotalHits">How many records match in all.</param>
/// <param name="Hits">This page's hits.</param>
/// <param name="Error">What is wrong with the request, for the researcher; null when it ran.</param>
/// <param name="Notices">Things the researcher should know about how the query was read.</param>
/// <param name="People">People of the names authority the query named (their variants were searched too).</param>
/// <param name="Facets">Counts of each facet's values over all matching records.</param>
public sealed record SearchResults(
    SearchRequest Request,
    int TotalHits,
    IReadOnlyList<SearchHit> Hits,
    string? Error,
    IReadOnlyList<string> Notices,
    IReadOnlyList<Person> People,
    IReadOnlyList<FacetGroup> Facets)
{
    /// <summary>How the matching records write each person the query named (see <see cref="NameVariants"/>).</summary>
    public IReadOnlyList<PersonVariants> Spellings { get; init; } = [];

    /// <summary>The number of pages the total fills.</summary>
    public int PageCount => TotalHits == 0 ? 0 : ((TotalHits - 1) / Request.PageSize) + 1;

    /// <summary>The answer to a request that could not run: no hits, and why.</summary>
    public static SearchResults Failed(SearchRequest request, string error, IReadOnlyList<string>? notices = null) =>
        new(request, 0, [], error, notices ?? [], [], []);
}
