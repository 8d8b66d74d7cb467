using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// What the timeline partial shows of a <see cref="Timeline"/>: the unit, the facet a bar links to,
/// and each bar's label and tick, worked out here so the view only lays them out.
/// </summary>
/// <param name="Timeline">The timeline of a search's results.</param>
public sealed record TimelineView(Timeline Timeline)
{
    /// <summary>The timeline of <paramref name="results"/>.</summary>
    public static TimelineView Of(SearchResults results) => new(Timeline.From(results));

    /// <summary>True when the bars are years.</summary>
    public bool ByYear => Timeline.Scale == TimelineScale.Year;

    /// <summary>"year" or "month", for the heading.</summary>
    public string Unit => ByYear ? "year" : "month";

    /// <summary>The facet a bar adds to the search.</summary>
    public string Facet => ByYear ? Timeline.YearFacet : Timeline.MonthFacet;

    /// <summary>What a bar counts, said under the heading.</summary>
    public string Note => ByYear
        ? "Each year counts every document dated in it, including those dated only to the year. Choose a year to see its months."
        : "Each document is counted once, in the month its date begins. Choose a month to list its documents.";

    /// <summary>A bar's accessible label: <c>November 1950: 2 documents</c>.</summary>
    public static string Label(TimelineBar bar) => $"{bar.Display}: {Documents(bar.Count)}";

    /// <summary>What the axis shows under a bar: the year, or the month's abbreviation.</summary>
    public string Tick(TimelineBar bar) => ByYear ? bar.Value : bar.Display[..3];

    /// <summary>The year under a month bar when it is January or the first bar; null otherwise.</summary>
    public string? TickYear(TimelineBar bar) =>
        !ByYear && (bar == Timeline.Bars[0] || bar.Value.EndsWith("-01", StringComparison.Ordinal)) ? bar.Value[..4] : null;

    /// <summary>The undated records, said: <c>3 undated documents not shown.</c></summary>
    public string UndatedLine => (Timeline.Undated == 1 ? "1 undated document" : $"{Timeline.Undated:N0} undated documents") + " not shown.";

    /// <summary>A count of documents, said plainly.</summary>
    public static string Documents(int n) => n == 1 ? "1 document" : $"{n:N0} documents";
}
