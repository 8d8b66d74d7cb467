using System.Globalization;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Reads dates in the forms archives and researchers write them: <c>November 20, 1950</c>,
/// <c>Nov. 20, 1950</c>, <c>20 November 1950</c>, <c>November 1950</c>, <c>1950</c>,
/// <c>1950-11-20</c>, <c>1950-11</c>, <c>20.11.1950</c>, and a range of two of them joined by a dash.
/// Each keeps its own precision.
/// </summary>
public static partial class ArchiveDateParser
{
    /// <summary>A regex fragment for an English month name or its abbreviation, captured as group <c>m</c>.</summary>
    internal const string MonthName =
        @"(?<m>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    // One alternative per written form; each names the parts it has, so precision follows from what matched.
    private const string SingleDate =
        @"(?:" + MonthName + @"\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})" +      // November 20, 1950
        @"|(?<d>\d{1,2})\s+" + MonthName + @",?\s+(?<y>\d{4})" +          // 20 November 1950
        @"|" + MonthName + @",?\s+(?<y>\d{4})" +                          // November 1950
        @"|(?<y>\d{4})-(?<mn>\d{2})-(?<d>\d{2})" +                       // 1950-11-20
        @"|(?<y>\d{4})-(?<mn>\d{2})" +                                    // 1950-11
        @"|(?<d>\d{1,2})\.(?<mn>\d{1,2})\.(?<y>\d{4})" +                  // 20.11.1950
        @"|(?<y>\d{4}))";                                                 // 1950

    [GeneratedRegex(@"^\s*" + SingleDate + @"\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SingleDateRegex();

    // Non-backtracking, which finds the same match in time linear in the text: backtracking, a
    // date text of a digit and 100,000 spaces took seconds (each start of the lazy first date
    // rescanned the run of spaces), and a citation's date may be any text (tests/fuzz/regressions/).
    [GeneratedRegex(@"^\s*(?<first>.+?)\s+[-–—]\s+(?<second>.+?)\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RangeRegex();

    /// <summary>A regex fragment that matches one date at the start of a string, for callers that scan citations.</summary>
    internal const string LeadingDatePattern =
        @"(?:undated|n\.\s?d\.|" + SingleDate + @"(?:\s+[-–—]\s+" + SingleDate + @")?)";

    /// <summary>Parses a date or a range; false when the text is not one of the accepted forms or not a real day.</summary>
    public static bool TryParse(string? text, out ArchiveDate date)
    {
        date = null!;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.Trim();
        if (TryParseSingle(trimmed, out var start, out var end, out var precision))
        {
            date = new ArchiveDate(trimmed, start, end, precision);
            return true;
        }

        var range = RangeRegex().Match(trimmed);
        if (range.Success
            && TryParseSingle(range.Groups["first"].Value, out var firstStart, out _, out var firstPrecision)
            && TryParseSingle(range.Groups["second"].Value, out _, out var secondEnd, out var secondPrecision)
            && secondEnd >= firstStart)
        {
            // Each end keeps its own precision, so "November 20, 1950 - December 1950" never
            // becomes "…/1950-12-31", a day the record does not give.
            date = new ArchiveDate(trimmed, firstStart, secondEnd, firstPrecision, secondPrecision == firstPrecision ? null : secondPrecision);
            return true;
        }

        return false;
    }

    private static bool TryParseSingle(string text, out DateOnly start, out DateOnly end, out DatePrecision precision)
    {
        start = end = default;
        precision = DatePrecision.Year;
        var match = SingleDateRegex().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        int? month = match.Groups["m"].Success ? MonthNumber(match.Groups["m"].Value)
            : match.Groups["mn"].Success ? int.Parse(match.Groups["mn"].Value, CultureInfo.InvariantCulture)
            : null;
        int? day = match.Groups["d"].Success ? int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
        return TryMake(year, month, day, out start, out end, out precision);
    }

    /// <summary>
    /// The span of a year, a month of a year, or a day; false when the parts are not a real date
    /// (month 13, February 30th, a day without a month). Precision follows from the parts given.
    /// </summary>
    internal static bool TryMake(int year, int? month, int? day, out DateOnly start, out DateOnly end, out DatePrecision precision)
    {
        start = end = default;
        precision = DatePrecision.Year;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || (day is not null && month is null))
        {
            return false;
        }

        if (month is null)
        {
            precision = DatePrecision.Year;
            start = new DateOnly(year, 1, 1);
        }
        else if (day is null)
        {
            precision = DatePrecision.Month;
            start = new DateOnly(year, month.Value, 1);
        }
        else
        {
            if (day < 1 || day > DateTime.DaysInMonth(year, month.Value))
            {
                return false;
            }

            precision = DatePrecision.Day;
            start = new DateOnly(year, month.Value, day.Value);
        }

        end = ArchiveDate.EndOfPeriod(start, precision);
        return true;
    }

    /// <summary>The month an English name or abbreviation (as matched by <see cref="MonthName"/>) stands for.</summary>
    internal static int MonthNumber(string name) =>
        name[..3].ToLowerInvariant() switch
        {
            "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
            "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
        };
}
