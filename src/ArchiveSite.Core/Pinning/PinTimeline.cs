using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Pinning;

/// <summary>
/// What one snapshot needs to answer pinned searches, worked out once at the first of them and kept
/// with the snapshot: its records ordered by when their current text was first served (newest
/// first), so the records changed since a moment are found by a binary search and read in order
/// until the first older one; and when the version store's record begins.
/// </summary>
internal sealed class PinTimeline
{
    /// <summary>How many pinned views a snapshot keeps: the pins in use (a cited search followed by many readers, its pages and facets); an older one is made again when asked for.</summary>
    public const int KeptViews = 4;

    private readonly CatalogEntry[] _newestFirst;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<DateTimeOffset, Lazy<PinnedView>> _views = new();

    private PinTimeline(CatalogEntry[] newestFirst, DateTimeOffset? began)
    {
        _newestFirst = newestFirst;
        Began = began;
    }

    /// <summary>When the version store's record begins; null for an empty store.</summary>
    public DateTimeOffset? Began { get; }

    /// <summary>The timeline of <paramref name="entries"/> (a snapshot's) over <paramref name="versions"/>.</summary>
    public static PinTimeline Of(IReadOnlyList<CatalogEntry> entries, VersionStore versions)
    {
        var ordered = entries.OrderByDescending(e => e.FirstSeen).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var began = versions.Began();
        // A served text the store lacks (a write the disk refused) still dates the catalogue.
        var earliestServed = ordered.Length == 0 ? (DateTimeOffset?)null : ordered[^1].FirstSeen;
        return new PinTimeline(ordered, began is null ? earliestServed : earliestServed is null || began < earliestServed ? began : earliestServed);
    }

    /// <summary>
    /// The view of <paramref name="archive"/> (this timeline's snapshot) at the pin of
    /// <paramref name="changes"/>: made once, at the first request for that moment, and kept while
    /// the snapshot serves (the <see cref="KeptViews"/> last asked for).
    /// </summary>
    public PinnedView View(ArchiveSnapshot archive, VersionStore versions, PinnedChanges changes)
    {
        var key = changes.Pin.Before;
        if (!_views.ContainsKey(key) && _views.Count >= KeptViews)
        {
            _views.Clear(); // a crude bound, and enough: each view is made again in well under a second
        }

        return _views.GetOrAdd(key, _ => new Lazy<PinnedView>(() => PinnedView.Open(archive, versions, changes))).Value;
    }

    /// <summary>The served records whose current text was first served at or after <paramref name="since"/>, newest first: <paramref name="limit"/> + 1 at most, so a caller sees that there are more.</summary>
    public IReadOnlyList<CatalogEntry> ChangedSince(DateTimeOffset since, int limit)
    {
        // The first index whose text is older than `since`: entries before it changed since.
        int low = 0, high = _newestFirst.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_newestFirst[middle].FirstSeen >= since)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return _newestFirst.AsSpan(0, Math.Min(low, limit + 1)).ToArray();
    }
}
