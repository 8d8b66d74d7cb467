using System.Globalization;

namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// OAI-PMH's dates: the repository's datestamps, in UTC to the second (its stated granularity), and
/// the <c>from</c> and <c>until</c> arguments, which the protocol lets a harvester give as days or
/// as seconds.
/// </summary>
internal static class OaiDates
{
    private const string DayFormat = "yyyy-MM-dd";
    private const string SecondFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>A datestamp or response date: <c>2026-11-23T09:00:00Z</c>.</summary>
    public static string Format(DateTimeOffset date) => date.UtcDateTime.ToString(SecondFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// The span a list's <c>from</c> and <c>until</c> select, either absent for no bound. Both
    /// given must be of one granularity (the protocol says so: mixing them is a badArgument), and
    /// <c>from</c> no later than <c>until</c>.
    /// </summary>
    public static (DateTimeOffset? From, DateTimeOffset? Until) Range(string? from, string? until)
    {
        DateTimeOffset? start = from is null ? null : Read(from, "from", lastTick: false);
        DateTimeOffset? end = until is null ? null : Read(until, "until", lastTick: true);
        if (from is not null && until is not null && from.Length != until.Length)
        {
            throw new OaiError("badArgument", "from and until must have the same granularity: both days (YYYY-MM-DD) or both seconds (YYYY-MM-DDThh:mm:ssZ).");
        }

        if (start > end)
        {
            throw new OaiError("badArgument", $"from ({from}) is after until ({until}).");
        }

        return (start, end);
    }

    /// <summary>
    /// A datestamp argument: a day or a UTC second. Read as <c>until</c> (<paramref name="lastTick"/>)
    /// it means the whole of that day or second, so a record stamped at 09:00 is in "until" that day.
    /// </summary>
    private static DateTimeOffset Read(string text, string name, bool lastTick)
    {
        if (DateTime.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var day))
        {
            var start = new DateTimeOffset(day, TimeSpan.Zero);
            return lastTick ? EndOf(start, TimeSpan.FromDays(1)) : start;
        }

        if (DateTime.TryParseExact(text, SecondFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var second))
        {
            var start = new DateTimeOffset(second, TimeSpan.Zero);
            return lastTick ? EndOf(start, TimeSpan.FromSeconds(1)) : start;
        }

        throw new OaiError("badArgument", $"'{text}' is not a valid {name} datestamp: write YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.");
    }

    /// <summary>The last tick of the span beginning at <paramref name="start"/>; the last day there is ends at the last tick there is (9999-12-31 once answered 500).</summary>
    private static DateTimeOffset EndOf(DateTimeOffset start, TimeSpan span) =>
        DateTimeOffset.MaxValue - start < span ? DateTimeOffset.MaxValue : start + span - TimeSpan.FromTicks(1);
}
