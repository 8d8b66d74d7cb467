using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Pinning;

/// <summary>
/// What changed in the archive since a pin, found from the version store's dates without reading
/// a text: the records added since (no text before the pin), corrected since (a newer text
/// served now) and withdrawn since (served then, gone now).
/// </summary>
/// <param name="Pin">The pin.</param>
/// <param name="Added">Records first served after the pin, by id.</param>
/// <param name="Corrected">Records served at the pin whose text changed since.</param>
/// <param name="Withdrawn">Records served at the pin and withdrawn since.</param>
public sealed record PinnedChanges(SearchPin Pin, IReadOnlyList<string> Added, IReadOnlyList<PinnedText> Corrected, IReadOnlyList<PinnedText> Withdrawn)
{
    /// <summary>
    /// The most records changed since a pin that a pinned search re-reads: each one's earlier text is
    /// read from the store and indexed for the request (about a millisecond a record). A pin with
    /// more changes since is refused, saying so, rather than answered wrongly.
    /// </summary>
    public const int MaxChanges = 500;

    /// <summary>How many records changed since the pin, in all.</summary>
    public int Count => Added.Count + Corrected.Count + Withdrawn.Count;

    /// <summary>
    /// The changes since <paramref name="pin"/> in <paramref name="archive"/>; null with the reason
    /// when the pin is before the store's record begins, or more than <see cref="MaxChanges"/> records changed since.
    /// </summary>
    public static PinnedChanges? Find(ArchiveSnapshot archive, VersionStore versions, SearchPin pin, out string? problem)
    {
        problem = null;
        var timeline = archive.Timeline(versions);
        if (timeline.Began is not { } began)
        {
            problem = "The archive keeps no record of its texts yet, so a search cannot be pinned to an earlier moment.";
            return null;
        }

        if (pin.Before <= began)
        {
            problem = $"The archive's record of its texts begins {Instant(began)}: a search cannot be pinned {pin.Phrase}, before it. Pin it to {began.UtcDateTime:yyyy-MM-dd} or later.";
            return null;
        }

        var changed = timeline.ChangedSince(pin.Before, MaxChanges);
        var withdrawals = versions.Withdrawals.Where(w => w.At >= pin.Before && archive.Entry(w.Id) is null).ToArray();
        if (changed.Count + withdrawals.Length > MaxChanges)
        {
            problem = $"More than {MaxChanges:N0} documents were added, corrected or withdrawn since {pin.Label}: a pinned search re-reads the earlier text of each, and answers for at most {MaxChanges:N0}. Pin the search to a later moment.";
            return null;
        }

        var added = new List<string>();
        var corrected = new List<PinnedText>();
        foreach (var entry in changed)
        {
            if (TextAt(versions, entry.Id, pin) is not { } then)
            {
                added.Add(entry.Id);
            }
            else if (then.Version != entry.Version)
            {
                corrected.Add(new PinnedText(entry.Id, then, entry.Version, null));
            }
        }

        var withdrawn = withdrawals
            .Select(w => TextAt(versions, w.Id, pin) is { } then ? new PinnedText(w.Id, then, null, w.At) : null)
            .OfType<PinnedText>()
            .ToArray();
        return new PinnedChanges(pin, added.Order(StringComparer.Ordinal).ToArray(), [.. corrected.OrderBy(c => c.Id, StringComparer.Ordinal)], [.. withdrawn.OrderBy(w => w.Id, StringComparer.Ordinal)]);
    }

    /// <summary>The text a record had at the pin: its latest first served before it; null when it had none.</summary>
    private static VersionInfo? TextAt(VersionStore versions, string id, SearchPin pin) =>
        versions.History(id).LastOrDefault(v => v.FirstSeen < pin.Before);

    private static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("'on' d MMMM yyyy 'at' HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
