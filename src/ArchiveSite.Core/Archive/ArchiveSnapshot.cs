using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Harvesting;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Versions;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Archive;

/// <summary>
/// Everything one state of the archive serves, whole and unchanging: one point-in-time view of the
/// index (its searcher, whose reader the snapshot keeps open), the version store, and what every
/// page needs about every record (entries, stamp, notices). A request takes one snapshot
/// (<see cref="ArchiveCatalog.Acquire"/>) and uses only it, so a reload in between never mixes two
/// states in one answer; a new snapshot is swapped in whole after a reload.
/// </summary>
public sealed class ArchiveSnapshot
{
    private static long _generations;

    private readonly IndexSearcher _view;
    private readonly Lazy<OaiPmhProvider> _harvest;

    internal ArchiveSnapshot(ArchiveIndex index, Task<VersionStore> versions, IReadOnlyList<CatalogEntry> entries,
        IReadOnlyList<RecordNotice> rejections, IReadOnlyList<RecordNotice> warnings, int oaiPageSize, RelatedLists? related = null)
    {
        Index = index;
        _view = index.Searchers.Acquire();
        Searcher = new ArchiveSearcher(index, _view);
        Relations = new DocumentRelations(index, _view, related ?? new RelatedLists(entries.Select(e => e.Id).ToArray()));
        VersionsReady = versions;
        Entries = entries;
        Rejections = rejections;
        Warnings = warnings;
        ById = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Stamp = CatalogStamp.Of(entries);
        LastChanged = entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.FirstSeen);
        // Built at the first harvest, not at start: it orders every record by datestamp, a tenth of
        // a second at 100,000 records that a restart need not wait for, and most sites are harvested
        // rarely. HarvestAsync has awaited the version store (its withdrawals) before.
        _harvest = new Lazy<OaiPmhProvider>(() => Harvesting(VersionsReady.Result, Math.Max(1, oaiPageSize)));
    }

    /// <summary>
    /// Which state this is: a new number each time one is swapped in. Cached pages vary by it, so a
    /// page rendered from the state before a reload and stored after it is never served again.
    /// </summary>
    public long Generation { get; } = Interlocked.Increment(ref _generations);

    /// <summary>Searches and lookups over this snapshot's view of the index.</summary>
    public ArchiveSearcher Searcher { get; }

    /// <summary>Related records, replies, threads and files, over the same view.</summary>
    public DocumentRelations Relations { get; }

    /// <summary>
    /// Every text each record has had, for versioned permalinks: on a large restart it loads once the
    /// site serves, so only pages of earlier versions wait for it (and await it, never block).
    /// </summary>
    public Task<VersionStore> VersionsReady { get; }

    /// <summary>Every served record's id, current version, first sighting and archives, in id order.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>The files that are not served, with their reasons.</summary>
    public IReadOnlyList<RecordNotice> Rejections { get; }

    /// <summary>The records served with a warning.</summary>
    public IReadOnlyList<RecordNotice> Warnings { get; }

    /// <summary>A fingerprint of every served record's id and version: what every page depends on, for HTTP validators.</summary>
    public string Stamp { get; }

    /// <summary>When the newest served text first appeared: the Last-Modified of lists and pages.</summary>
    public DateTimeOffset LastChanged { get; }

    /// <summary>The OAI-PMH data provider over the served records and the withdrawn ones (once the version store is loaded: it knows which left, and when).</summary>
    public async Task<OaiPmhProvider> HarvestAsync()
    {
        await VersionsReady.ConfigureAwait(false);
        return _harvest.Value;
    }

    internal ArchiveIndex Index { get; }

    private Pinning.PinTimeline? _timeline;

    /// <summary>What pinned searches need of this snapshot (<see cref="Pinning.PinTimeline"/>), worked out at the first of them: an unpinned request never pays for it.</summary>
    internal Pinning.PinTimeline Timeline(VersionStore versions) =>
        LazyInitializer.EnsureInitialized(ref _timeline, () => Pinning.PinTimeline.Of(Entries, versions));

    private Dictionary<string, CatalogEntry> ById { get; }

    /// <summary>The entry of a served record, or null.</summary>
    public CatalogEntry? Entry(string id) => ById.GetValueOrDefault(id);

    /// <summary>
    /// The harvest's catalogue: each served record, datestamped when its text first appeared or,
    /// if later, when it was served again after a withdrawal (a harvester that saw it deleted must
    /// see it again); and each record withdrawn and not served here, as deleted, datestamped when it
    /// left, in the sets it had.
    /// </summary>
    private OaiPmhProvider Harvesting(VersionStore versions, int pageSize)
    {
        var deleted = versions.Withdrawals.Where(w => !ById.ContainsKey(w.Id)).ToArray();
        var headers = Entries
            .Select(e => new OaiHeader(e.Id, versions.ReturnedAt(e.Id) is { } back && back > e.FirstSeen ? back : e.FirstSeen, e.Archives.Select(OaiSets.Spec).ToArray()))
            .Concat(deleted.Select(w => new OaiHeader(w.Id, w.At, w.Archives.Select(OaiSets.Spec).Distinct(StringComparer.Ordinal).ToArray(), Deleted: true)));
        return new OaiPmhProvider(headers, OaiSets.Of(Entries.SelectMany(e => e.Archives).Concat(deleted.SelectMany(w => w.Archives))), Searcher.GetDocument, Index.Names, pageSize);
    }

    /// <summary>Keeps this snapshot's view open for one more user; false when it was closed meanwhile (take the current one again).</summary>
    internal bool TryRetain() => _view.IndexReader.TryIncRef();

    /// <summary>One user is done with the view.</summary>
    internal void Release() => _view.IndexReader.DecRef();

    /// <summary>For a snapshot of an index a rebuild replaced: that index closes with this snapshot's view (call before <see cref="Retire"/>).</summary>
    internal void CloseIndexWithView() => Index.CloseWhenDone(_view.IndexReader);

    /// <summary>The snapshot is no longer served: its own hold on the view ends, and the view closes when its last user is done.</summary>
    internal void Retire() => Index.Searchers.Release(_view);
}
