using System.Globalization;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// A date as a record writes it, with the span of days it covers. <c>November 1950</c> covers
/// 1950-11-01 to 1950-11-30 at <see cref="DatePrecision.Month"/>: searches treat it as that span,
/// and it is displayed and exported as written, never with an invented day.
/// </summary>
/// <param name="Text">The date exactly as written, e.g. <c>November 20, 1950</c>.</param>
/// <param name="Start">The first day the date covers.</param>
/// <param name="End">The last day the date covers (equal to <paramref name="Start"/> for one day).</param>
/// <param name="Precision">The precision of the (first) date as written.</param>
/// <param name="EndPrecision">
/// The precision of a range's second date when it differs from the first
/// (<c>November 20, 1950 - December 1950</c> ends at month precision); null for the same.
/// </param>
public sealed record ArchiveDate(string Text, DateOnly Start, DateOnly End, DatePrecision Precision, DatePrecision? EndPrecision = null)
{
    /// <summary>True when the record gives two dates (<c>January 26, 1955 - January 27, 1955</c>).</summary>
    public bool IsRange => End != EndOfPeriod(Start, Precision);

    /// <summary>
    /// ISO 8601 at the record's own precision: <c>1950-11-20</c>, <c>1950-11</c>, <c>1950</c>,
    /// or an interval <c>1955-01-26/1955-01-27</c> for a range.
    /// </summary>
    public string Iso => IsRange
        ? $"{Format(Start, Precision)}/{Format(End, EndPrecision ?? Precision)}"
        : Format(Start, Precision);

    /// <summary>The span a single date of the given precision covers.</summary>
    public static DateOnly EndOfPeriod(DateOnly start, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(start.Year, 12, 31),
        DatePrecision.Month => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
        _ => start,
    };

    /// <summary>A date as a sortable whole number, <c>19501120</c>: what the index stores.</summary>
    public static int ToNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    private static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
