using System.Globalization;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Search.Results;

/// <summary>
/// How many matching records fall in each month (or, over a long span, each year), built from
/// the year and month facet counts the search already gathered in its one collector pass. A
/// record is counted once, in the month its date starts: that is the month the <c>month</c>
/// facet holds, so a bar's count is exactly what clicking it (<c>f.month=1950-11</c>) lists.
/// Records dated only to a year sit in no month and are counted apart; undated records are
/// counted and said, never placed.
/// </summary>
/// <param name="Scale">Whether the bars are months or years.</param>
/// <param name="Bars">One bar per month or year from the first to the last, empty ones included so gaps show.</param>
/// <param name="YearOnly">Records dated only to a year, by year (month scale only: a year bar already holds them).</param>
/// <param name="Undated">Matching records with no date.</param>
public sealed record Timeline(TimelineScale Scale, IReadOnlyList<TimelineBar> Bars, IReadOnlyList<TimelineBar> YearOnly, int Undated)
{
    /// <summary>
    /// Above this many years the bars are years: four years of months is 48 bars, about what fits
    /// a page's width legibly; the FRUS corpus's decades would be hundreds.
    /// </summary>
    public const int MaxYearsOfMonths = 4;

    /// <summary>The facet a month bar filters by.</summary>
    public static string MonthFacet => Facets.Month.Key;

    /// <summary>The facet a year bar filters by.</summary>
    public static string YearFacet => Facets.Year.Key;

    /// <summary>The tallest bar's count, for scaling; 0 when there are no bars.</summary>
    public int MaxCount => Bars.Count == 0 ? 0 : Bars.Max(b => b.Count);

    /// <summary>The steps a bar's height is drawn in (CSS classes, not inline styles, so a strict CSP holds).</summary>
    public const int HeightSteps = 10;

    /// <summary>A bar's height in steps: 0 for none, at least 1 for any record, so a single record still shows.</summary>
    public int HeightStep(TimelineBar bar) =>
        bar.Count == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(bar.Count * (double)HeightSteps / MaxCount));

    /// <summary>The timeline of a search's results, from its year and month facet counts.</summary>
    public static Timeline From(SearchResults results)
    {
        var years = Counts(results, YearFacet);
        var months = Counts(results, MonthFacet);
        return Build(results.TotalHits, years, months, Selected(results, YearFacet), Selected(results, MonthFacet));
    }

    /// <summary>
    /// The timeline from counts by year (<c>1950</c>, every dated record) and by month
    /// (<c>1950-11</c>, records dated at least to the month). What a year holds beyond its months
    /// is the records dated only to that year; what the total holds beyond the years is undated.
    /// </summary>
    public static Timeline Build(int total, IReadOnlyDictionary<string, int> years, IReadOnlyDictionary<string, int> months,
        IReadOnlySet<string>? selectedYears = null, IReadOnlySet<string>? selectedMonths = null)
    {
        var undated = total - years.Values.Sum();
        var yearNumbers = years.Keys.Select(ParseYear).Order().ToArray();
        if (yearNumbers.Length == 0)
        {
            return new Timeline(TimelineScale.Month, [], [], undated);
        }

        if (yearNumbers[^1] - yearNumbers[0] + 1 > MaxYearsOfMonths)
        {
            var yearBars = Enumerable.Range(yearNumbers[0], yearNumbers[^1] - yearNumbers[0] + 1)
                .Select(year => Bar(YearKey(year), years, selectedYears))
                .ToArray();
            return new Timeline(TimelineScale.Year, yearBars, [], undated);
        }

        var yearOnly = yearNumbers
            .Select(year => (Key: YearKey(year), Count: years[YearKey(year)] - MonthsOfYear(months, year)))
            .Where(y => y.Count > 0)
            .Select(y => new TimelineBar(y.Key, y.Key + " (year only)", y.Count, false))
            .ToArray();
        return new Timeline(TimelineScale.Month, MonthBars(months, selectedMonths), yearOnly, undated);
    }

    /// <summary>Every month from the first to the last that has records, empty months included.</summary>
    private static TimelineBar[] MonthBars(IReadOnlyDictionary<string, int> months, IReadOnlySet<string>? selected)
    {
        if (months.Count == 0)
        {
            return [];
        }

        var ordered = months.Keys.Select(ParseMonth).Order().ToArray();
        var bars = new List<TimelineBar>();
        for (var month = ordered[0]; month <= ordered[^1]; month = month.AddMonths(1))
        {
            bars.Add(Bar(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), months, selected));
        }

        return bars.ToArray();
    }

    private static TimelineBar Bar(string key, IReadOnlyDictionary<string, int> counts, IReadOnlySet<string>? selected) =>
        new(key, Facets.DisplayValue(MonthFacetOrYear(key), key), counts.GetValueOrDefault(key), selected?.Contains(key) == true);

    private static string MonthFacetOrYear(string key) => key.Length == 4 ? YearFacet : MonthFacet;

    private static int MonthsOfYear(IReadOnlyDictionary<string, int> months, int year) =>
        months.Where(kv => ParseMonth(kv.Key).Year == year).Sum(kv => kv.Value);

    private static string YearKey(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    private static int ParseYear(string key) => int.Parse(key, NumberStyles.None, CultureInfo.InvariantCulture);

    private static DateOnly ParseMonth(string key) => DateOnly.ParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, int> Counts(SearchResults results, string key) =>
        results.Facets.FirstOrDefault(f => f.Dimension.Key == key)?.Values.ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal)
        ?? new Dictionary<string, int>(StringComparer.Ordinal);

    private static HashSet<string> Selected(SearchResults results, string key) =>
        results.Request.ActiveFilters.GetValueOrDefault(key)?.ToHashSet(StringComparer.Ordinal) ?? [];
}
