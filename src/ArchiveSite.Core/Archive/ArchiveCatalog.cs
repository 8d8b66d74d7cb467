using System.Diagnostics;
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
/// reacts to <see cref="Swapped"/>. Reloads and the start's own check run one at a time. An index
/// it did not just build is checked whole in the background once the site serves
/// (<see cref="VerifyInBackground"/>); damage found then, at a start or by a request
/// (<see cref="ReportDamage"/>) is rebuilt from the documents folder while every page answers 503
/// (<see cref="Fault"/>), or, on a read-only replica, answered with 503 until a good artifact is shipped.
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
    private readonly IndexGuard _guard = new(logger);
    private volatile IndexFault? _fault;
    private IndexFault? _damage;
    private bool _checkAfterStart;
    private long _reportedGeneration = -1;
    private VersionUpkeep? _upkeep;

    /// <summary>Raised after a reload swapped a new snapshot in (not at the first): pages rendered from the old one are stale.</summary>
    public event Action<ArchiveSnapshot>? Swapped;

    /// <summary>
    /// Completes when <see cref="Open"/> has returned (the archive served, or its background build
    /// begun), or fails with why it could not open: a request that arrives during a start awaits it.
    /// </summary>
    public Task Opened => _opened.Task;

    /// <summary>True once the index is open and every page can be served (and no damage is being repaired).</summary>
    public bool IsReady => _snapshot is not null && _fault is null;

    /// <summary>How far a background build (or the rebuild of a damaged index) has got; null when there is none.</summary>
    public IndexProgress? Progress => IsReady ? null : _progress;

    /// <summary>
    /// The damage found in the index, while it is rebuilt (every page answers 503 meanwhile), or for
    /// good on a read-only replica, which cannot rebuild it (<see cref="CanRepair"/>); null when none.
    /// </summary>
    public IndexFault? Fault => _fault;

    /// <summary>False on a read-only replica: damage there is answered with 503 until a good artifact is shipped.</summary>
    public bool CanRepair => !settings.ReadOnly;

    /// <summary>Completes when the background check started last (<see cref="VerifyInBackground"/>, <see cref="ReportDamage"/>), and the repair it led to, has ended.</summary>
    public Task Verified => _guard.Running;

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
        _lookups.Damaged = StoreDamaged;
        _names = LoadNames();
        if (!settings.ReadOnly && DocumentsFolder.Problem(settings.DocumentsPath) is { } problem)
        {
            throw new DirectoryNotFoundException(
                $"The documents folder '{settings.DocumentsPath}' {problem}. Set Archive:DocumentsPath (--Archive:DocumentsPath=DIR or Archive__DocumentsPath) to a folder of record files the site can read.");
        }

        if (settings.ReadOnly)
        {
            OpenReadOnly();
            _checkAfterStart = true;
            return BackgroundWork.None;
        }

        // The cheap checks (the commit, every file present with its footer) before anything is
        // opened: a start that meets damage rebuilds, it does not stop.
        _damage = ArchiveIndex.Damage(settings.IndexPath);
        var rebuildReason = _damage is null ? PersistedIndex.RebuildReason(settings.IndexPath, _names) : Damaged(_damage);
        if (rebuildReason is null && TryReuse(cancellation, out rebuildReason) is { } work)
        {
            _checkAfterStart = true;
            return work;
        }

        if (_damage is not null)
        {
            _fault = _damage;
            logger.LogError("The index in {IndexPath} is damaged: {Fault}. It is rebuilt from {DocumentsPath}, none of its files reused", settings.IndexPath, _damage, settings.DocumentsPath);
        }

        var files = DocumentLoader.Scan(settings.DocumentsPath).Count;
        if (files <= settings.BackgroundIndexThreshold)
        {
            Build(cancellation);
            return BackgroundWork.None;
        }

        logger.LogInformation("Indexing {FileCount} files in the background ({Reason}); until it ends every page answers 503 with a notice", files, rebuildReason);
        _progress = new IndexProgress(0, files, TimeSpan.Zero, IndexStep.Reading);
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
            cancellation: cancellation,
            damaged: _damage,
            writes: settings.Writes);
        _persisted = persisted;
        var versions = opening.GetAwaiter().GetResult();
        ArchiveLog.Versions(logger, settings.VersionsPath, versions, recorded);
        Serve(persisted.Index, Task.FromResult(versions), update, saved: null, TimeSpan.Zero);
        _damage = null;
        _fault = null;
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
        if (settings.ReadOnly)
        {
            return;
        }

        lock (_verifying)
        {
            // Read under the lock: a repair may have swapped another index in while this waited,
            // and while one is due (damage found) there is nothing to update in place.
            if (_persisted is not { } persisted || _snapshot is not { } snapshot || _fault is not null)
            {
                return;
            }

            // Background work, never a request: a check right after a large restart waits here for the
            // store that LoadVersions is opening.
            var versions = snapshot.VersionsReady.GetAwaiter().GetResult();
            var recorded = new VersionStoreUpdate(0, 0, 0);
            var manifest = Interlocked.Exchange(ref _manifestRead, null);
            IndexUpdate update;
            try
            {
                update = persisted.Verify(settings.DocumentsPath, manifest,
                    indexed: documents => recorded = versions.Record(documents, DateTimeOffset.UtcNow),
                    progress: new ProgressLog(logger, p => _progress = p),
                    cancellation: cancellation);
            }
            catch (Exception ex) when (IndexDamage.IsDamage(ex))
            {
                // The update read the served index (a letter's stored record, say) and met damage:
                // the index is checked whole, and rebuilt, once this reload has let it go.
                logger.LogError("Reloading met damage in the index {IndexPath}: {Fault}. The index is checked whole in the background", settings.IndexPath, IndexDamage.Fault(ex));
                _guard.Start(CheckAndRepair);
                throw;
            }

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
    /// Once the site serves: checks the index it did not just build (reused as last committed, or
    /// a read-only artifact) whole in the background, on one core at the lowest priority, and
    /// repairs what it finds (<see cref="Fault"/>). Nothing to do after a build, which wrote every
    /// file just now. Returns the check's task (<see cref="Verified"/>).
    /// </summary>
    public Task VerifyInBackground() => _checkAfterStart && _snapshot is not null ? _guard.Start(CheckAndRepair) : Task.CompletedTask;

    /// <summary>
    /// A request met <paramref name="exception"/>, damage in the index (<see cref="IndexDamage.IsDamage"/>):
    /// logged, and the index checked whole in the background, once for the snapshot served however
    /// many requests meet it (the request itself answers 503).
    /// </summary>
    public void ReportDamage(Exception exception)
    {
        if (_snapshot is not { } snapshot || _fault is not null || Interlocked.Exchange(ref _reportedGeneration, snapshot.Generation) == snapshot.Generation)
        {
            return;
        }

        logger.LogError(exception, "A request met damage in the index {IndexPath}: {Fault}. It was answered 503; the index is checked whole in the background",
            settings.IndexPath, IndexDamage.Fault(exception));
        _guard.Start(CheckAndRepair);
    }

    /// <summary>A read met damage in a lookup store (it fell back to the index): the stores are checked whole, and a damaged one written again.</summary>
    private void StoreDamaged(string file, string problem)
    {
        logger.LogWarning("The lookup store {File} is damaged ({Problem}): pages read the index instead, and the index folder is checked whole in the background",
            Path.Combine(settings.IndexPath, file), problem);
        _guard.Start(CheckAndRepair);
    }

    /// <summary>The background check: every file of the index folder whole, then the repair of what is damaged.</summary>
    private void CheckAndRepair(CancellationToken cancellation)
    {
        if (_snapshot is not { } snapshot || _fault is not null)
        {
            return;
        }

        var started = Stopwatch.StartNew();
        IndexReport report;
        lock (_verifying)
        {
            // No reload writes meanwhile: the files checked are the commit served.
            report = IndexVerification.Verify(settings.IndexPath, names: null, openSegments: false, cancellation);
        }

        var damage = report.Damage.ToArray();
        if (damage.Length == 0)
        {
            logger.LogInformation("Index {IndexPath} checked whole in {Seconds:F1} s: every file matches its checksum", settings.IndexPath, started.Elapsed.TotalSeconds);
            return;
        }

        foreach (var finding in damage)
        {
            logger.LogError("Damaged in the index {IndexPath}: {Fault}", settings.IndexPath, finding.Fault);
        }

        if (report.IndexDamage is { } index)
        {
            Repair(index.Fault, cancellation);
        }
        else
        {
            RewriteSaved(snapshot, damage);
        }
    }

    /// <summary>
    /// Damage in the index itself (a Lucene file, the commit, the manifest): every page answers 503
    /// from now on, and the index is rebuilt from the documents folder and swapped in (tried again,
    /// with growing waits, while the disk refuses it); a read-only replica cannot rebuild, and says so.
    /// </summary>
    private void Repair(IndexFault fault, CancellationToken cancellation)
    {
        _fault = fault;
        if (settings.ReadOnly)
        {
            ArchiveLog.Unrepairable(logger, settings.IndexPath, fault);
            return;
        }

        logger.LogError("The index {IndexPath} is damaged ({Fault}): it is rebuilt from {DocumentsPath}, none of its files reused; until then /readyz and every page answer 503 with Retry-After",
            settings.IndexPath, fault, settings.DocumentsPath);
        _progress = null; // "Indexing is starting", until the rebuild reports
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                RebuildDamaged(fault, cancellation);
                return;
            }
            catch (Exception ex) when (!cancellation.IsCancellationRequested)
            {
                var wait = IndexGuard.Backoff(attempt);
                logger.LogError(ex, "Rebuilding the damaged index in {IndexPath} failed: {Reason}. It is tried again in {Seconds} s", settings.IndexPath, ex.Message, wait.TotalSeconds);
                IndexGuard.Wait(wait, cancellation);
            }
        }
    }

    private void RebuildDamaged(IndexFault fault, CancellationToken cancellation)
    {
        lock (_verifying)
        {
            var damaged = _snapshot!;
            var versions = damaged.VersionsReady.GetAwaiter().GetResult();
            _lookups.Stop();
            var recorded = new VersionStoreUpdate(0, 0, 0);
            var (rebuilt, update) = _persisted!.Rebuild(settings.DocumentsPath, fault,
                indexed: documents => recorded = versions.Record(documents, DateTimeOffset.UtcNow),
                progress: new ProgressLog(logger, p => _progress = p),
                cancellation: cancellation);
            _persisted = rebuilt;
            ArchiveLog.Versions(logger, settings.VersionsPath, versions, recorded);
            // The damaged index closes once the last request reading it is done.
            damaged.CloseIndexWithView();
            var next = Serve(rebuilt.Index, Task.FromResult(versions), update, saved: null, TimeSpan.Zero, carryOver: false);
            _fault = null;
            Swapped?.Invoke(next);
        }
    }

    /// <summary>Damage only in what is saved beside the index for its commit: written again from what is served (a read-only replica reads the index instead).</summary>
    private void RewriteSaved(ArchiveSnapshot snapshot, IReadOnlyList<IndexFinding> damage)
    {
        if (settings.ReadOnly)
        {
            logger.LogWarning("This read-only replica reads the index instead of the damaged files beside it; ship a good artifact (check it with the verify command)");
            return;
        }

        lock (_verifying)
        {
            if (_snapshot != snapshot || snapshot.Index.Commit is not { } commit)
            {
                return; // a reload swapped another state in, and wrote its own
            }

            if (damage.Any(f => f.File == ServedCatalog.FileName))
            {
                new ServedCatalog(commit, snapshot.Entries, snapshot.Rejections, snapshot.Warnings).Write(settings.IndexPath);
                logger.LogInformation("The served catalogue {File} was written again", Path.Combine(settings.IndexPath, ServedCatalog.FileName));
            }

            var stores = damage.Select(f => f.File).Where(f => f is CardStore.FileName or PageStore.FileName or RelatedLists.FileName).ToArray();
            if (stores.Length > 0)
            {
                _lookups.Stop();
                foreach (var file in stores)
                {
                    File.Delete(Path.Combine(settings.IndexPath, file));
                }

                if (stores.Contains(RelatedLists.FileName) && snapshot.Relations.Lists.Missing == 0)
                {
                    snapshot.Relations.Lists.Write(settings.IndexPath, commit);
                }

                _lookups.Start(snapshot, new RecordPositions(snapshot.Entries.Select(e => e.Id).ToArray()), [], commit, previous: null);
                logger.LogInformation("The lookup stores {Files} are written again in the background", string.Join(", ", stores));
            }
        }
    }

    private static string Damaged(IndexFault fault) => $"the index was damaged: {fault}";

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
        var names = NameAuthority.Configured(settings.NamesPath, settings.PersonListPaths, settings.TermListPaths);
        if (!string.IsNullOrWhiteSpace(settings.NamesPath))
        {
            logger.LogInformation("Names authority extended from {NamesPath}: {PeopleCount} people ({ShippedCount} shipped)", settings.NamesPath, names.People.Count, NameAuthority.Default.People.Count);
        }

        if (names.Lists.People.Count + names.Lists.Terms.Count > 0)
        {
            logger.LogInformation("Volumes' lists read from {PersonLists} and {TermLists}: {ListedPeople} people, {ListedTerms} terms",
                settings.PersonListPaths, settings.TermListPaths, names.Lists.People.Count, names.Lists.Terms.Count);
        }

        return names;
    }

    /// <summary>
    /// Serves the artifact as it is. A damaged one is no reason to stop (the orchestrator would only
    /// start it again): the replica answers 503 on every page and on <c>/readyz</c>, naming the
    /// file, so the balancer moves on, until a good artifact is shipped.
    /// </summary>
    private void OpenReadOnly()
    {
        try
        {
            if (ArchiveIndex.Damage(settings.IndexPath) is { } damage)
            {
                throw new IndexDamagedException(damage);
            }

            var (index, update) = ArchiveIndex.OpenReadOnly(settings.IndexPath, _names);
            _readOnly = index;
            Serve(index, Task.FromResult(VersionStore.OpenReadOnly(settings.VersionsPath)), update, saved: null, TimeSpan.Zero);
        }
        catch (Exception ex)
        {
            _readOnly?.Dispose();
            _readOnly = null;
            if (!IndexDamage.IsDamage(ex))
            {
                throw;
            }

            _fault = (ex as IndexDamagedException)?.Fault ?? ArchiveIndex.FirstDamagedFile(settings.IndexPath) ?? IndexDamage.Fault(ex);
            ArchiveLog.Unrepairable(logger, settings.IndexPath, _fault);
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
        try
        {
            return Reuse(cancellation, out rebuildReason);
        }
        catch (Exception ex) when (IndexDamage.IsDamage(ex))
        {
            // Opening a segment (or reading a record to compare the folder) met damage the cheap
            // checks could not see: rebuild, as for damage they find.
            _persisted?.Dispose();
            _persisted = null;
            // The rebuild takes minutes; reading every file first to name the damaged one costs seconds.
            _damage = ArchiveIndex.FirstDamagedFile(settings.IndexPath) ?? IndexDamage.Fault(ex);
            rebuildReason = Damaged(_damage);
            return null;
        }
    }

    private BackgroundWork? Reuse(CancellationToken cancellation, out string? rebuildReason)
    {
        rebuildReason = null;
        var started = System.Diagnostics.Stopwatch.StartNew();
        var persisted = _persisted = PersistedIndex.OpenUnverified(settings.IndexPath, _names, settings.Writes);
        if (persisted.Index.CountDocuments() <= settings.BackgroundIndexThreshold)
        {
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
        var saved = ServedCatalog.TryRead(settings.IndexPath, persisted.Index.Commit, out var damage);
        if (damage is not null)
        {
            logger.LogWarning("The served catalogue {File} is damaged ({Problem}); it is gathered again from the manifest and saved anew",
                Path.Combine(settings.IndexPath, ServedCatalog.FileName), damage);
        }

        IndexUpdate? fromManifest = null;
        if (saved is null)
        {
            if (persisted.ReadManifest(out rebuildReason) is not { } read)
            {
                persisted.Dispose();
                _persisted = null;
                return null;
            }

            (_manifestRead, fromManifest) = read;
            LoadVersions();
        }

        Serve(persisted.Index, _deferredVersions.Task, fromManifest, saved, opened);
        return BackgroundWork.CheckFolder;
    }

    /// <summary>
    /// Swaps in a snapshot of <paramref name="index"/>: from the catalogue <paramref name="saved"/>
    /// for its commit, or gathered from <paramref name="update"/> and the version store (and saved
    /// for the next start). Logs the outcome; retires the snapshot it replaces.
    /// </summary>
    private ArchiveSnapshot Serve(ArchiveIndex index, Task<VersionStore> versions, IndexUpdate? update, ServedCatalog? saved, TimeSpan opened, bool carryOver = true)
    {
        var previous = _snapshot;
        var catalog = saved ?? CatalogGathering.Gather(index, update!, versions.Result, settings, logger);
        versions = Upkeep.Settle(versions, catalog.Entries, previous, index.Names, checkLater: ReferenceEquals(versions, _deferredVersions.Task));
        ArchiveLog.Notices(logger, catalog, previous);
        ArchiveLog.Ready(logger, settings, catalog, saved is null ? update : null, opened);

        var commit = index.Commit;
        var positions = new RecordPositions(catalog.Entries.Select(e => e.Id).ToArray());
        // Nothing is carried over from a damaged index's snapshot: its lists and pages are computed again.
        var related = _lookups.StartingLists(commit, positions, catalog.Entries, carryOver ? previous : null, out var first);
        var snapshot = new ArchiveSnapshot(index, versions, catalog.Entries, catalog.Rejections, catalog.Warnings, settings.OaiPageSize, related);
        // Held for the background work, which carries over the pages of unchanged records from it.
        var carried = carryOver && previous?.TryRetain() == true ? previous : null;
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
        try
        {
            _upkeep?.Dispose();
            _guard.Dispose();
            _lookups.Dispose();
            _snapshot?.Retire();
        }
        finally
        {
            // The index folder is let go however the rest ended: the next start must be able to take it.
            _persisted?.Dispose();
            _readOnly?.Dispose();
        }
    }
}
