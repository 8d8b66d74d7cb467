using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages;

/// <summary>Search: <c>/search?q=…&amp;from=…&amp;to=…&amp;sort=relevance|date|date-desc|archival&amp;page=N</c>.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Search)]
public sealed class SearchModel(ArchiveSnapshot archive, Microsoft.Extensions.Options.IOptions<ArchiveOptions> options) : PageModel
{
    /// <summary>Results per page.</summary>
    public const int PageSize = 20;

    /// <summary>What the query string asks for, read once (<see cref="SearchQueryString"/>).</summary>
    public SearchRequest Query { get; private set; } = new();

    /// <summary>The query text.</summary>
    public string? Q => Query.Text;

    /// <summary>Earliest date, as typed.</summary>
    public string? From => Query.From;

    /// <summary>Latest date, as typed.</summary>
    public string? To => Query.To;

    /// <summary>The facet values the search is narrowed to; kept in the form so a new query keeps them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters => Query.ActiveFilters;

    /// <summary>The results; null when the form was opened without a search.</summary>
    public SearchResults? Results { get; private set; }

    /// <summary>The pages of the people the query names.</summary>
    public IReadOnlyList<ArchiveSite.Core.People.PersonStats> People { get; private set; } = [];

    /// <summary>A corrected spelling of the query worth offering ("Did you mean"); null for none.</summary>
    public SpellingSuggestion? Suggestion { get; private set; }

    /// <summary>The ordering in effect, as the form's value.</summary>
    public string SortValue => SearchSortNames.Name(Results?.Request.EffectiveSort ?? Query.Sort ?? SearchSort.Relevance);

    /// <summary>
    /// What the folded "Dates and order" control holds now, after its label (": from 1950-11-01,
    /// date, oldest first"), so a researcher sees the refinement without opening it; empty when
    /// neither is set.
    /// </summary>
    public string RefineSummary
    {
        get
        {
            var dates = (From, To) switch
            {
                (null, null) => null,
                (var from, null) => $"from {from}",
                (null, var to) => $"to {to}",
                var (from, to) => $"{from} to {to}",
            };
            var order = Query.Sort is null ? null : SortLabel(SortValue);
            var parts = new[] { dates, order }.OfType<string>().ToArray();
            return parts.Length == 0 ? "" : ": " + string.Join(", ", parts);
        }
    }

    /// <summary>The orders a search can take, as the form's select offers them: value and label.</summary>
    public static IReadOnlyList<(string Value, string Label)> SortOptions { get; } =
    [
        ("relevance", "Best match"),
        ("date", "Date, oldest first"),
        ("date-desc", "Date, newest first"),
        ("archival", "Archival reference"),
    ];

    /// <summary>The label of an order, in the middle of a sentence.</summary>
    private static string SortLabel(string value) =>
        SortOptions.FirstOrDefault(o => o.Value == value).Label?.ToLowerInvariant() ?? value;

    /// <summary>"2 documents found", said plainly.</summary>
    public string CountText => Results!.TotalHits switch
    {
        0 => "No documents found",
        1 => "1 document found",
        var n => $"{n:N0} documents found",
    };

    /// <summary>The search pinned to a moment (<c>as-of=…</c>); null for a search of the archive now.</summary>
    public PinnedSearchPage? Pinned { get; private set; }

    /// <summary>"Cite this search": its permalink with a pin and its citation; null when there are no results to cite.</summary>
    public SearchCiting? Citing { get; private set; }

    /// <summary>Runs the search when there is anything to search for; pinned (<c>as-of=…</c>), on the archive as it was then.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (HttpCaching.NotModified(HttpContext, $"search|{archive.Stamp}", archive.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Query = SearchQueryString.Read(Request, PageSize);
        if (SearchQueryString.Value(Request, ArchiveSite.Core.Pinning.SearchPin.Parameter) is { } asOf)
        {
            // Only a pinned search pays for the version store; an unpinned one is as it was.
            Pinned = await PinnedSearchPage.ReadAsync(archive, Query, asOf, DateTimeOffset.UtcNow);
            Results = Pinned.Results;
            if (Pinned.Refused)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }
        else if (!Query.IsEmpty)
        {
            var page = SearchPage.Read(archive, Query);
            (Results, Suggestion, People) = (page.Results, page.Suggestion, page.People);
        }

        Citing = Results is { Error: null } results ? SearchCiting.Of(Request, options, results, Pinned?.Pin) : null;
        return Page();
    }

    /// <summary>The URL of a search, e.g. <c>/search?q=pilots&amp;sort=date</c>; empty values are left out.</summary>
    public static string SearchUrl(string? q, string? from = null, string? to = null, string? sort = null, int page = 1)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in new[] { ("q", q), ("from", from), ("to", to), ("sort", sort) })
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(key, value);
            }
        }

        if (page > 1)
        {
            query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/search" + query.ToQueryString();
    }

    /// <summary>Every record of one file (delo), in archival order: the delo facet, sorted by reference.</summary>
    public static string FileSearchUrl(string file) =>
        "/search" + new QueryBuilder { { QueryUrl.FacetPrefix + "delo", file }, { "sort", "archival" } }.ToQueryString();
}
