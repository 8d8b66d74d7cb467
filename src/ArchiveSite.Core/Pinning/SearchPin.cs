using System.Globalization;

namespace ArchiveSite.Core.Pinning;

/// <summary>
/// A moment a search is pinned to (<c>as-of=…</c>): the archive as it stood then, texts and
/// versions. A pin is a date (<c>2026-12-05</c>: the end of that day, UTC) or a time to the second
/// with its zone (<c>2026-12-06T20:32:28Z</c>: the end of that second). The archive's catalogue
/// stamp is not a pin: it is a hash of the records served, which says nothing of when they were
/// served; the version store dates every text to the second, which is all a time needs.
/// </summary>
/// <param name="Before">The first instant after the pin: a text first served before it was in the archive then.</param>
/// <param name="Value">The pin as URLs carry it (<c>2026-12-05</c>, <c>2026-12-06T20:32:28Z</c>).</param>
/// <param name="WholeDay">True for a date: the whole day counts.</param>
public sealed record SearchPin(DateTimeOffset Before, string Value, bool WholeDay)
{
    /// <summary>The query parameter.</summary>
    public const string Parameter = "as-of";

    /// <summary>The longest pin read: longer text is not a date.</summary>
    private const int MaxLength = 40;

    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd' 'HH:mm:ssK"];

    /// <summary>What a pin looks like, for messages.</summary>
    public const string Forms = "a date, 2026-12-05 (the archive at the end of that day, UTC), or a time to the second in UTC, 2026-12-06T20:32:28Z";

    /// <summary>The pin for <paramref name="now"/>, to the second: what "cite this search" links to.</summary>
    public static SearchPin At(DateTimeOffset now)
    {
        var second = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return new SearchPin(second.AddSeconds(1), second.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), WholeDay: false);
    }

    /// <summary>
    /// Reads a pin as typed; null with the reason when it is not one, or names a moment after
    /// <paramref name="now"/>. A date of today is read (its day is not over: <see cref="IsOpen"/>).
    /// </summary>
    public static SearchPin? TryRead(string? text, DateTimeOffset now, out string? error)
    {
        error = null;
        var value = text?.Trim() ?? "";
        SearchPin? pin = null;
        if (value.Length is > 0 and <= MaxLength)
        {
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                pin = new SearchPin(start.AddDays(1), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), WholeDay: true);
            }
            // A time must name its zone: without one it would be read in the server's own.
            else if (HasZone(value) && DateTimeOffset.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                pin = At(time);
            }
        }

        if (pin is null)
        {
            error = $"'{Shorten(value)}' is not a moment to pin a search to. Give {Forms}.";
            return null;
        }

        if (pin.Start > now)
        {
            error = $"{pin.Label} is in the future: a search can be pinned to a moment that has begun, up to now.";
            return null;
        }

        return pin;
    }

    /// <summary>The first instant the pin covers: the start of its day or of its second.</summary>
    public DateTimeOffset Start => WholeDay ? Before.AddDays(-1) : Before.AddSeconds(-1);

    /// <summary>True when the pin's day is not over at <paramref name="now"/>: its results may still change.</summary>
    public bool IsOpen(DateTimeOffset now) => Before > now;

    /// <summary>The pin for people: "5 December 2026" or "6 December 2026, 20:32:28 UTC".</summary>
    public string Label => WholeDay
        ? Start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
        : Start.ToString("d MMMM yyyy, HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The pin in a sentence: "at the end of 5 December 2026 (UTC)" or "at 20:32:28 UTC on 6 December 2026".</summary>
    public string Phrase => WholeDay
        ? $"at the end of {Label} (UTC)"
        : Start.ToString("'at' HH:mm:ss 'UTC on' d MMMM yyyy", CultureInfo.InvariantCulture);

    private static bool HasZone(string value) =>
        value.EndsWith('Z') || (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':');

    private static string Shorten(string value) => value.Length <= MaxLength ? value : value[..MaxLength] + "…";
}
