using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Versions;
using Microsoft.Extensions.Logging;

namespace ArchiveSite.Core.Archive;

/// <summary>
/// The served archive: opens the index and the version store the way a start needs (reused, updated
/// in place, built now or in the background, or read-only from an artifact), keeps the current
/// <see cref="ArchiveSnapshot"/>, and swaps a new one in whole after a reload. It decides what to do
/// and does it; the host runs what it leaves for the background (<see cref="BackgroundWork"/>) and
/// reacts to <see cref="Swapped"/>. Reloads and the start's own check run one at a time.
/// </summary>
public sealed class ArchiveCatalog(ArchiveSettings settings, ILogger<ArchiveCatalog> logger) : IDisposable
{
    private readonly Lock _verifying = new();
    private readonly TaskCompletionSource<VersionStore> _deferredVersions = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private NameAuthority _names = NameAuthority.Default;
    private PersistedIndex? _persisted;
    private ArchiveIndex? _readOnly;
    private IndexManifest? _manifestRead;
    private volatile ArchiveSnapshot? _snapshot;
    private volatile IndexProgress? _progress;
    private readonly LookupStores _lookups = new(settings, logger);
    private VersionUpkeep? _upkeep;

    /// <summary>Raised after a reload swapped a new snapshot in (not at the first): pages rendered from the old one are stale.</summary>
    public event Action<ArchiveSnapshot>? Swapped;

    /// <summary>
    /// Completes when <see cref="Open"/> has returned (the archive served, or its background build
    /// begun), or fails with why it could not open: a request that arrives during a start awaits it.
    /// </summary>
    public Task Opened => _opened.Task;

    /// <summary>True once the index is open and every page can be served.</summary>
    public bool IsReady => _snapshot is not null;

    /// <summary>How far a background build has got; null when there is none.</summary>
    public IndexProgress? Progress => IsReady ? null : _progress;

    /// <summary>The snapshot served now, or null before the archive is open. A request takes it through <see cref="Acquire"/>.</summary>
    public ArchiveSnapshot? Current => _snapshot;

    /// <summary>
    /// Completes when the served snapshot's cards, pages and related records are all written and in
    /// use (or the work stopped): <c>build-index</c> waits for it, so that an artifact carries them.
    /// </summary>
    public Task LookupsReady => _lookups.Ready;

    /// <summary>
    /// Completes when the version store's log has been checked whole, in the background, and each
    /// damaged text still served was written again (or the check stopped): <c>build-index</c> can
    /// wait for it, so that an artifact ships a store checked and repaired.
    /// </summary>
    public Task VersionsChecked => Upkeep.Checked;

    /// <summary>The settings the archive was opened with.</summary>
    public ArchiveSettings Settings => settings;

    /// <summary>
    /// Opens the archive as a start needs. An index that is reused or updated in place is served when
    /// this returns; a first build (or a rebuild) of more than the background threshold is left to
    /// <see cref="Build"/>, and a large index served as last committed leaves its folder check to
    /// <see cref="CheckFolder"/>. A missing documents folder (or, read-only, an unusable artifact)
    /// throws with a message that names it.
    /// </summary>
    public BackgroundWork Open(CancellationToken cancellation)
    {
        try
        {
            var work = OpenOnce(cancellation);
            _opened.TrySetResult();
            return work;
        }
        catch (Exception ex)
        {
            _opened.TrySetException(ex);
            throw;
        }
    }

    private BackgroundWork OpenOnce(CancellationToken cancellation)
    {
        _names = LoadNames();
        if (!settings.ReadOnly && DocumentsFolder.Problem(settings.DocumentsPath) is { } problem)
        {
            throw new DirectoryNotFoundException(
                $"The documents folder '{settings.DocumentsPath}' {problem}. Set Archive:DocumentsPath (--Archive:DocumentsPath=DIR or Archive__DocumentsPath) to a folder of record files the site can read.");
        }

        if (settings.ReadOnly)
        {
            OpenReadOnly();
            return BackgroundWork.None;
        }

        var rebuildReason = PersistedIndex.RebuildReason(settings.IndexPath, _names);
        if (rebuildReason is null && TryReuse(cancellation, out rebuildReason) is { } work)
        {
            return work;
        }

        var files = DocumentLoader.Scan(settings.DocumentsPath).Count;
        if (files <= settings.BackgroundIndexThreshold)
        {
            Build(cancellation);
            return BackgroundWork.None;
        }

        logger.LogInformation("Indexing {FileCount} files in the background ({Reason}); until it ends every page answers 503 with a notice", files, rebuildReason);
        _progress = new IndexProgress(0, files, TimeSpan.Zero);
        return BackgroundWork.Build;
    }

    /// <summary>Opens (reuses, updates or builds) the persisted index and the version store, and serves them: the whole of a start that builds.</summary>
    public void Build(CancellationToken cancellation)
    {
        // The version store loads its saved offsets while the archive index opens.
        var opening = Task.Run(() => VersionStore.Open(settings.VersionsPath));
        var recorded = new VersionStoreUpdate(0, 0, 0);
        var (persisted, update) = PersistedIndex.Open(settings.DocumentsPath, settings.IndexPath, _names,
            indexed: documents => recorded = opening.GetAwaiter().GetResult().Record(documents, DateTimeOffset.UtcNow),
            progress: new ProgressLog(logger, p => _progress = p),
            cancellation: cancellation);
        _persisted = persisted;
        var versions = opening.GetAwaiter().GetResult();
        ArchiveLog.Versions(logger, settings.VersionsPath, versions, recorded);
        Serve(persisted.Index, Task.FromResult(versions), update, saved: null, TimeSpan.Zero);
        ReturnMemory();
    }

    /// <summary>For <see cref="BackgroundWork.CheckFolder"/>: opens the version store the snapshot waits for. Run once the site serves.</summary>
    public void LoadVersions()
    {
        try
        {
            _deferredVersions.TrySetResult(VersionStore.Open(settings.VersionsPath));
        }
        catch (Exception ex)
        {
            _deferredVersions.TrySetException(ex);
            throw;
        }
    }

    /// <summary>For <see cref="BackgroundWork.CheckFolder"/>, after <see cref="LoadVersions"/>: compares the folder with the index served as last committed.</summary>
    public void CheckFolder(CancellationToken cancellation)
    {
        try
        {
            Reload(cancellation);
        }
        finally
        {
            // The check of the whole version store waited for this one, rather than share the cores with it.
            Upkeep.CheckWhenLoaded();
        }
    }

    /// <summary>
    /// Compares the documents folder with the index as it is served and brings both up to date: new,
    /// changed and removed records are indexed in place, new texts recorded, and a new snapshot
    /// swapped in whole when anything changed (<see cref="Swapped"/>). Requests under way finish on
    /// the snapshot they began with; a file that no longer reads is reported by name and leaves the
    /// other records as they were. Does nothing on a read-only site or before the archive is open.
    /// </summary>
    public void Reload(CancellationToken cancellation)
    {
        if (settings.ReadOnly || _persisted is not { } persisted || _snapshot is not { } snapshot)
        {
            return;
        }

        lock (_verifying)
        {
            // Background work, never a request: a check right after a large restart waits here for the
            // store that LoadVersions is opening.
            var versions = snapshot.VersionsReady.GetAwaiter().GetResult();
            var recorded = new VersionStoreUpdate(0, 0, 0);
            var manifest = Interlocked.Exchange(ref _manifestRead, null);
            var update = persisted.Verify(settings.DocumentsPath, manifest,
                indexed: documents => recorded = versions.Record(documents, DateTimeOffset.UtcNow),
                progress: new ProgressLog(logger, p => _progress = p),
                cancellation: cancellation);
            ArchiveLog.Versions(logger, settings.VersionsPath, versions, recorded);
            ArchiveLog.Checked(logger, update);
            if (update.Kind != IndexUpdateKind.Reused || update.FilesRead > 0)
            {
                var next = Serve(persisted.Index, Task.FromResult(versions), update, saved: null, TimeSpan.Zero);
                Swapped?.Invoke(next);
            }

            // Texts a full disk refused before, or found damaged since, are written once it takes them again.
            Upkeep.Repair(versions);
        }
    }

    /// <summary>
    /// Takes the current snapshot for one request: its view of the index stays open until the lease
    /// is disposed, even if a reload swaps another snapshot in meanwhile.
    /// </summary>
    public SnapshotLease Acquire()
    {
        while (true)
        {
            var snapshot = _snapshot ?? throw new InvalidOperationException("The archive is still being indexed.");
            if (snapshot.TryRetain())
            {
                return new SnapshotLease(snapshot);
            }
        }
    }

    /// <summary>Checks, repairs and keeps the withdrawals of the version store; made at first use, since it reaches the snapshot served.</summary>
    private VersionUpkeep Upkeep => LazyInitializer.EnsureInitialized(ref _upkeep, () => new VersionUpkeep(settings, logger, TryAcquire));

    /// <summary>The snapshot served now for background work, once (no retry: after <see cref="Dispose"/> none can be held); null when there is none.</summary>
    private SnapshotLease? TryAcquire() => _snapshot is { } snapshot && snapshot.TryRetain() ? new SnapshotLease(snapshot) : null;

    private NameAuthority LoadNames()
    {
        if (string.IsNullOrWhiteSpace(settings.NamesPath))
        {
            return NameAuthority.Default;
        }

        var path = Path.GetFullPath(settings.NamesPath);
        var names = NameAuthority.LoadExtended(path);
        logger.LogInformation("Names authority extended from {NamesPath}: {PeopleCount} people ({ShippedCount} shipped)", path, names.People.Count, NameAuthority.Default.People.Count);
        return names;
    }

    private void OpenReadOnly()
    {
        var (index, update) = ArchiveIndex.OpenReadOnly(settings.IndexPath, _names);
        _readOnly = index;
        try
        {
            Serve(index, Task.FromResult(VersionStore.OpenReadOnly(settings.VersionsPath)), update, saved: null, TimeSpan.Zero);
        }
        catch
        {
            index.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Serves a usable index at once, as it was last committed, and checks the folder for changes
    /// made while the site was down: at once for a small corpus, in the background for a large one,
    /// where listing and comparing 100,000 files takes seconds. Null, with the reason, when the
    /// index turns out to need a rebuild after all (its manifest damaged past its head).
    /// </summary>
    private BackgroundWork? TryReuse(CancellationToken cancellation, out string? rebuildReason)
    {
        rebuildReason = null;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var persisted = PersistedIndex.OpenUnverified(settings.IndexPath, _names);
        if (persisted.Index.CountDocuments() <= settings.BackgroundIndexThreshold)
        {
            _persisted = persisted;
            var versions = VersionStore.Open(settings.VersionsPath);
            var recorded = new VersionStoreUpdate(0, 0, 0);
            var update = persisted.Verify(settings.DocumentsPath, indexed: documents => recorded = versions.Record(documents, DateTimeOffset.UtcNow),
                progress: new ProgressLog(logger, p => _progress = p), cancellation: cancellation);
            ArchiveLog.Versions(logger, settings.VersionsPath, versions, recorded);
            Serve(persisted.Index, Task.FromResult(versions), update, saved: null, TimeSpan.Zero);
            return BackgroundWork.None;
        }

        // What is served comes from the catalogue the last start saved for this very commit; without
        // one, from the manifest and the version store. With it, the version store (only pages of
        // earlier versions need it, and they wait for it) loads once the site serves, as the folder
        // check does: both would only slow the rest of the start down on the other core.
        var opened = started.Elapsed;
        var saved = ServedCatalog.TryRead(settings.IndexPath, persisted.Index.Commit);
        IndexUpdate? fromManifest = null;
        if (saved is null)
        {
            if (persisted.ReadManifest(out rebuildReason) is not { } read)
            {
                persisted.Dispose();
                return null;
            }

            (_manifestRead, fromManifest) = read;
            LoadVersions();
        }

        _persisted = persisted;
        Serve(persisted.Index, _deferredVersions.Task, fromManifest, saved, opened);
        return BackgroundWork.CheckFolder;
    }

    /// <summary>
    /// Swaps in a snapshot of <paramref name="index"/>: from the catalogue <paramref name="saved"/>
    /// for its commit, or gathered from <paramref name="update"/> and the version store (and saved
    /// for the next start). Logs the outcome; retires the snapshot it replaces.
    /// </summary>
    private ArchiveSnapshot Serve(ArchiveIndex index, Task<VersionStore> versions, IndexUpdate? update, ServedCatalog? saved, TimeSpan opened)
    {
        var previous = _snapshot;
        var catalog = saved ?? CatalogGathering.Gather(index, update!, versions.Result, settings, logger);
        versions = Upkeep.Settle(versions, catalog.Entries, previous, index.Names, checkLater: ReferenceEquals(versions, _deferredVersions.Task));
        ArchiveLog.Notices(logger, catalog, previous);
        ArchiveLog.Ready(logger, settings, catalog, saved is null ? update : null, opened);

        var commit = index.Commit;
        var positions = new RecordPositions(catalog.Entries.Select(e => e.Id).ToArray());
        var related = _lookups.StartingLists(commit, positions, catalog.Entries, previous, out var first);
        var snapshot = new ArchiveSnapshot(index, versions, catalog.Entries, catalog.Rejections, catalog.Warnings, settings.OaiPageSize, related);
        // Held for the background work, which carries over the pages of unchanged records from it.
        var carried = previous?.TryRetain() == true ? previous : null;
        _snapshot = snapshot;
        previous?.Retire();
        _lookups.Start(snapshot, positions, first, commit, carried);
        Upkeep.Served();
        return snapshot;
    }

    /// <summary>
    /// A build parses every record and fills Lucene's buffers: hand that memory back to the system
    /// once the index is open, rather than keeping the peak for the life of the process.
    /// </summary>
    private static void ReturnMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <inheritdoc />
    public void Dispose()
    {
        _upkeep?.Dispose();
        _lookups.Dispose();
        _snapshot?.Retire();
        _persisted?.Dispose();
        _readOnly?.Dispose();
    }
}
