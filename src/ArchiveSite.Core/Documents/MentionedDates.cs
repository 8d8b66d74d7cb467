using System.Globalization;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Documents;

/// <summary>A date written inside a record's text, where it stands and the span of days it covers.</summary>
/// <param name="Text">The date exactly as written, e.g. <c>17.11.50</c> or <c>Received 18.11</c>'s <c>18.11</c>.</param>
/// <param name="Offset">Where <paramref name="Text"/> starts in the text that was searched.</param>
/// <param name="Start">The first day the date covers.</param>
/// <param name="End">The last day the date covers (equal to <paramref name="Start"/> for one day).</param>
/// <param name="Precision">Day, or Month for <c>November 1950</c>.</param>
public sealed record MentionedDate(string Text, int Offset, DateOnly Start, DateOnly End, DatePrecision Precision)
{
    /// <summary>Every day from <see cref="Start"/> to <see cref="End"/>: one for a day, a month's days for <c>November 1950</c>.</summary>
    public IEnumerable<DateOnly> Days =>
        Enumerable.Range(Start.DayNumber, End.DayNumber - Start.DayNumber + 1).Select(DateOnly.FromDayNumber);
}

/// <summary>
/// Finds the dates a record's text mentions, in the forms Soviet and American telegrams write
/// them: <c>16.11.50</c>, <c>16.11.1950</c>, <c>24.III.50</c>, <c>18.11</c> (the year taken from
/// the record's own date), <c>20 November 1950</c>, <c>November 20, 1950</c>, <c>November 1950</c>
/// and <c>1950-11-20</c>. A mention is a hint for search, so when a form could as well be a number
/// (a time, a file number, a version, a bare year) it is left out rather than guessed.
/// </summary>
public static partial class MentionedDates
{
    // Telegram numbers (600742/III), file numbers (611.61/6-1250), times (4:03) and versions
    // (1.2.3.4) share digits and dots with dates; a date never continues one of them.
    private const string NotInsideANumber = @"(?<![\w./:$£€+–-])";

    private const string NotFollowedByMore = @"(?![\w%]|[./:]\d|[-–]\w)";

    // A number after the date on the same line makes it a cell of a table ("Mar 2429 610 241"),
    // unless that number is a time: "Received 18.11 4:03-19:35" is how telegrams log arrival.
    private const string NotFollowedByANumber = @"(?![ \t|]+[+−-]?\d(?!\d?:\d\d))";

    // "10 June 1200 hours", "9 FEB 1700 HOURS": the four digits are a military time.
    private const string NotFollowedByHours = @"(?!\s+(?:local\s+)?(?:hours|hrs)\b)";

    // Upper case only: a lower-case "i" or "v" between dots is a list or section number, not a month.
    private const string RomanMonth = @"(?-i:(?<rm>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I))";

    // One alternative per form, each naming the parts it has. Month names come from
    // ArchiveDateParser, so both read the same abbreviations.
    private const string Forms =
        @"(?<d>\d{1,2})\.(?<mn>\d{1,2})\.(?<y>\d{4}|\d{2})" +                        // 16.11.50, 16.11.1950
        @"|(?<d>\d{1,2})\.(?:" + RomanMonth + @")\.(?<y>\d{4}|\d{2})" +              // 24.III.50
        // Without a year the month must have two digits: "18.11" is how telegrams write it, while
        // "2.5" or "1.3" in running text are far more often decimals and section numbers; after
        // another number on the line it is a table's figure.
        @"|(?<!\d[ \t|]+)(?<d>\d{1,2})\.(?<mn>\d{2})(?<noyear>)" +                        // 18.11
        @"|(?<d>\d{1,2})\s+" + ArchiveDateParser.MonthName + @",?\s+(?<y>\d{4})" +  // 20 November 1950
        @"|" + ArchiveDateParser.MonthName + @"\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})" +  // November 20, 1950
        @"|" + ArchiveDateParser.MonthName + @",?\s+(?<y>\d{4})" +                  // November 1950
        @"|(?<y>\d{4})-(?<mn>\d{2})-(?<d>\d{2})";                                     // 1950-11-20

    [GeneratedRegex(NotInsideANumber + "(?:" + Forms + ")" + NotFollowedByMore + NotFollowedByANumber + NotFollowedByHours,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MentionRegex();

    /// <summary>
    /// How far (in days) a day and month without a year may lie from the record's own date: further
    /// than that the year cannot be told, so the mention is skipped.
    /// </summary>
    private const int YearlessReach = 366;

    /// <summary>
    /// How many years after the record's own date a mention may lie. Records cite treaties of the
    /// 1880s, so the past is open, but "June 30, 2961" or "OCT 3 7973" in a 1960s record is a typo
    /// or a telegram number.
    /// </summary>
    private const int YearsAhead = 50;

    /// <summary>
    /// The earliest year a mention may have. FRUS quotes 1572 and 1789, but below 1500 every
    /// "date" in the corpus is a telegram number after a date ("December 5, 1139, December 7") or
    /// a typo ("March 1, 1049").
    /// </summary>
    private const int EarliestYear = 1500;

    /// <summary>
    /// The earliest year of a month without a day ("November 1950"): "March 1617" and "Feb. 1516"
    /// in the corpus are runs of days ("March 16-17") with the hyphen lost, never a month of the 1600s.
    /// </summary>
    private const int EarliestMonthOnlyYear = 1700;

    /// <summary>
    /// Every date <paramref name="text"/> mentions, in the order written. A day and month without a
    /// year (<c>18.11</c>) take the year that puts them nearest <paramref name="documentDate"/>, and
    /// are skipped when the record is undated or its date spans more than a year.
    /// </summary>
    public static IReadOnlyList<MentionedDate> Find(string text, ArchiveDate? documentDate)
    {
        var matches = MentionRegex().Matches(text);
        // "18.11" is the 18th of November only where the writer puts the day first: a text that
        // writes a full date that way (a Soviet telegram's "Sent 17.11.50"). In an American text
        // the same digits are a decimal, a time or the 11th of some month, so they are skipped.
        var dayFirst = matches.Any(m => !m.Groups["noyear"].Success && (m.Groups["mn"].Success || m.Groups["rm"].Success) && m.Groups["d"].Index < m.Groups["y"].Index);
        var found = new List<MentionedDate>();
        foreach (Match match in matches)
        {
            if ((dayFirst || !match.Groups["noyear"].Success)
                && TryRead(match, documentDate, out var start, out var end, out var precision)
                && start.Year >= (precision == DatePrecision.Month ? EarliestMonthOnlyYear : EarliestYear)
                && (documentDate is null || start.Year <= documentDate.End.Year + YearsAhead))
            {
                found.Add(new MentionedDate(match.Value, match.Index, start, end, precision));
            }
        }

        return found;
    }

    private static bool TryRead(Match match, ArchiveDate? documentDate, out DateOnly start, out DateOnly end, out DatePrecision precision)
    {
        start = end = default;
        precision = DatePrecision.Day;
        var monthName = match.Groups["m"];
        if (monthName.Success && char.IsLower(monthName.Value[0]))
        {
            return false; // "may 1950" in running text is the verb before a year, not the month
        }

        int? month = monthName.Success ? ArchiveDateParser.MonthNumber(monthName.Value)
            : match.Groups["rm"].Success ? RomanNumber(match.Groups["rm"].Value)
            : Number(match.Groups["mn"]);
        var day = Number(match.Groups["d"]);
        if (!match.Groups["noyear"].Success)
        {
            var year = Number(match.Groups["y"])!.Value;
            // Two-digit years are the century the archive's records come from: 50 is 1950.
            return ArchiveDateParser.TryMake(match.Groups["y"].Length == 2 ? 1900 + year : year, month, day, out start, out end, out precision);
        }

        if (!TryInferYear(day!.Value, month!.Value, documentDate, out start))
        {
            return false;
        }

        end = start;
        return true;
    }

    /// <summary>The day and month in the year that puts them nearest the record's date, if near enough to tell.</summary>
    private static bool TryInferYear(int day, int month, ArchiveDate? documentDate, out DateOnly date)
    {
        date = default;
        if (documentDate is null || documentDate.End.DayNumber - documentDate.Start.DayNumber > YearlessReach)
        {
            return false;
        }

        var best = int.MaxValue;
        for (var year = documentDate.Start.Year - 1; year <= documentDate.End.Year + 1; year++)
        {
            if (ArchiveDateParser.TryMake(year, month, day, out var candidate, out _, out _))
            {
                var distance = Distance(candidate, documentDate);
                if (distance < best)
                {
                    (date, best) = (candidate, distance);
                }
            }
        }

        return best <= YearlessReach;
    }

    /// <summary>Days from <paramref name="day"/> to the nearest day of the record's span; 0 inside it.</summary>
    private static int Distance(DateOnly day, ArchiveDate span) =>
        day < span.Start ? span.Start.DayNumber - day.DayNumber
        : day > span.End ? day.DayNumber - span.End.DayNumber
        : 0;

    private static int? Number(Group group) =>
        group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    private static int RomanNumber(string numeral) => numeral switch
    {
        "I" => 1, "II" => 2, "III" => 3, "IV" => 4, "V" => 5, "VI" => 6,
        "VII" => 7, "VIII" => 8, "IX" => 9, "X" => 10, "XI" => 11, _ => 12,
    };
}
