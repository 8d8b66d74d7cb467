using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Harvesting;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Core.Versions;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web;

/// <summary>
/// Opens the archive once, at startup: the persisted index in the index folder (reused when no
/// record changed, updated in place when some did, built on a first start), the version store,
/// and what every page needs about every record. It logs what happened to every file: the count
/// served, each rejected file with its reason, and how the index was brought up to date.
/// </summary>
public sealed class ArchiveCatalog : IDisposable
{
    private readonly ILogger<ArchiveCatalog> _logger;
    private readonly ArchiveOptions _settings;
    private readonly Lock _verifying = new();
    private readonly IServiceProvider _services;
    private Task? _building;
    private readonly CancellationTokenSource _stopping = new();
    private volatile State? _state;
    private volatile IndexProgress? _progress;

    /// <summary>Set when the site has started serving, or when <see cref="WaitUntilReady"/> is called (build-index serves nothing).</summary>
    private readonly TaskCompletionSource _serving = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Opens the archive. An index that is reused or updated in place is ready before this returns;
    /// a first build (or a rebuild) of more than <see cref="ArchiveOptions.BackgroundIndexThreshold"/>
    /// files runs in the background while the site answers every page with a "being indexed"
    /// notice (<see cref="IsReady"/>, <see cref="Progress"/>). A missing documents folder (or,
    /// read-only, an unusable index artifact) stops startup with a message that names it.
    /// </summary>
    public ArchiveCatalog(IOptions<ArchiveOptions> options, ILogger<ArchiveCatalog> logger, IHostApplicationLifetime lifetime, IServiceProvider services)
    {
        _logger = logger;
        _services = services;
        var settings = _settings = options.Value;
        var names = string.IsNullOrWhiteSpace(settings.NamesPath)
            ? NameAuthority.Default
            : NameAuthority.LoadExtended(Path.GetFullPath(settings.NamesPath));
        if (names != NameAuthority.Default)
        {
            logger.LogInformation("Names authority extended from {NamesPath}: {PeopleCount} people ({ShippedCount} shipped)",
                Path.GetFullPath(settings.NamesPath!), names.People.Count, NameAuthority.Default.People.Count);
        }

        if (!settings.ReadOnly && DocumentsFolderProblem(settings.ResolvedDocumentsPath) is { } problem)
        {
            throw new DirectoryNotFoundException(
                $"The documents folder '{settings.ResolvedDocumentsPath}' {problem}. Set Archive:DocumentsPath (--Archive:DocumentsPath=DIR or Archive__DocumentsPath) to a folder of record files the site can read.");
        }

        if (settings.ReadOnly)
        {
            _state = Open(settings, names, logger, _stopping.Token);
            return;
        }

        var rebuildReason = ArchiveIndex.RebuildReason(settings.ResolvedIndexPath, names);
        if (rebuildReason is null && TryReuse(settings, names, logger, lifetime, out rebuildReason))
        {
            return;
        }

        var files = DocumentLoader.Scan(settings.ResolvedDocumentsPath).Count;
        if (files <= settings.BackgroundIndexThreshold)
        {
            _state = Open(settings, names, logger, _stopping.Token);
            ReturnMemory();
            return;
        }

        logger.LogInformation("Indexing {FileCount} files in the background ({Reason}); until it ends every page answers 503 with a notice", files, rebuildReason);
        _progress = new IndexProgress(0, files, TimeSpan.Zero);
        _building = InBackground(
            () =>
            {
                _state = Open(settings, names, logger, _stopping.Token);
                ReturnMemory();
            },
            "Indexing",
            ex =>
            {
                logger.LogCritical(ex, "Indexing failed: {Reason}. The site stops.", ex.Message);
                lifetime.StopApplication();
            });
    }

    /// <summary>
    /// Serves a usable index at once, as it was last committed, and checks the folder for changes
    /// made while the site was down: at once for a small corpus, in the background for a large one,
    /// where listing and comparing 100,000 files takes seconds. False, with the reason, when the
    /// index turns out to need a rebuild after all (its manifest damaged past its head).
    /// </summary>
    private bool TryReuse(ArchiveOptions settings, NameAuthority names, ILogger logger, IHostApplicationLifetime lifetime, out string? rebuildReason)
    {
        rebuildReason = null;
        var index = ArchiveIndex.OpenUnverified(settings.ResolvedIndexPath, names);
        if (index.DocumentCount <= settings.BackgroundIndexThreshold)
        {
            Verify(settings, index, VersionStore.Open(settings.ResolvedVersionsPath), logger, _stopping.Token);
            return true;
        }

        // What is served comes from the catalogue the last start saved for this very commit; without
        // one, from the manifest and the version store. With it, the version store (only pages of
        // earlier versions need it, and they wait for it) loads once the site serves, as the folder
        // check does: both would only slow the rest of the start down on the other core.
        lifetime.ApplicationStarted.Register(() => _serving.TrySetResult());
        var saved = ServedCatalog.TryRead(settings.ResolvedIndexPath, index.Commit);
        if (saved is null && index.ReadManifest(out rebuildReason) is null)
        {
            index.Dispose();
            return false;
        }

        var versions = saved is null
            ? Task.FromResult(VersionStore.Open(settings.ResolvedVersionsPath))
            : _serving.Task.ContinueWith(_ => VersionStore.Open(settings.ResolvedVersionsPath), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        versions.ContinueWith(
            failed =>
            {
                logger.LogCritical(failed.Exception, "The version store in {VersionsPath} cannot be opened: {Reason}. The site stops.",
                    settings.ResolvedVersionsPath, failed.Exception!.GetBaseException().Message);
                lifetime.StopApplication();
            },
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        _state = BuildState(index, versions, saved, settings, logger);
        _building = InBackground(
            () =>
            {
                _serving.Task.Wait(_stopping.Token);
                Verify(settings, index, versions.GetAwaiter().GetResult(), logger, _stopping.Token);
            },
            "Checking the documents folder",
            // The index as last built keeps being served; the folder is checked again at the next start.
            ex => logger.LogError(ex, "Checking the documents folder for changes failed: {Reason}. The index as last built is served.", ex.Message));
        return true;
    }

    /// <summary>
    /// Why the documents folder cannot be served, as the end of a sentence naming it ("does not
    /// exist"), or null when it can be listed. Checked before anything else, so that startup stops
    /// with the folder and the reason, not with an exception from deep in the loader.
    /// </summary>
    public static string? DocumentsFolderProblem(string path)
    {
        if (File.Exists(path))
        {
            return "is a file, not a folder";
        }

        if (!Directory.Exists(path))
        {
            return "does not exist";
        }

        try
        {
            using var entries = Directory.EnumerateFileSystemEntries(path).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return $"cannot be read ({ex.Message})";
        }
    }

    /// <summary>Runs <paramref name="work"/> on the thread pool; a stop requested ends it quietly, any other failure goes to <paramref name="failed"/>.</summary>
    private Task InBackground(Action work, string what, Action<Exception> failed) => Task.Run(() =>
    {
        try
        {
            work();
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            _logger.LogInformation("{What} stopped: the site is shutting down", what);
        }
        catch (Exception ex)
        {
            failed(ex);
        }
    });

    /// <summary>
    /// A build parses every record and fills Lucene's buffers: hand that memory back to the system
    /// once the index is open, rather than keeping the peak for the life of the process.
    /// </summary>
    private static void ReturnMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    /// <summary>True once the index is open and every page can be served.</summary>
    public bool IsReady => _state is not null;

    /// <summary>How far a background build has got; null when there is none.</summary>
    public IndexProgress? Progress => IsReady ? null : _progress;

    /// <summary>Waits for a background build to end (the <c>build-index</c> command does).</summary>
    public void WaitUntilReady()
    {
        _serving.TrySetResult();
        _building?.GetAwaiter().GetResult();
        if (!IsReady)
        {
            throw new InvalidOperationException("The archive could not be opened; the log says why.");
        }
    }

    private State Current => _state ?? throw new InvalidOperationException("The archive is still being indexed.");

    /// <summary>Every served record's id, current version and when that text first appeared, by id.</summary>
    public IReadOnlyList<CatalogEntry> Entries => Current.Entries;

    /// <summary>
    /// Which state is served: a new number each time one is swapped in (a reload), and 0 before the
    /// archive is open. Cached pages vary by it, so a page rendered from the state before a reload
    /// and stored in the cache after it is never served again.
    /// </summary>
    public long Generation => _state?.Generation ?? 0;

    /// <summary>A fingerprint of every served record's id and version: what every page depends on, for HTTP validators.</summary>
    public string Stamp => Current.Stamp;

    /// <summary>When the newest served text first appeared: the Last-Modified of lists and pages.</summary>
    public DateTimeOffset LastChanged => Current.LastChanged;

    /// <summary>The entry of a served record, or null.</summary>
    public CatalogEntry? Entry(string id) => Current.ById.GetValueOrDefault(id);

    /// <summary>Every text each record has had, for versioned permalinks.</summary>
    public VersionStore Versions => Current.Versions.GetAwaiter().GetResult();

    /// <summary>The OAI-PMH data provider over the served records.</summary>
    public OaiPmhProvider Harvest => Current.Harvest.Value;

    /// <summary>The one searcher every request uses.</summary>
    public ArchiveSearcher Searcher => Current.Searcher;

    /// <summary>The files that are not served, with their reasons.</summary>
    public IReadOnlyList<RecordNotice> Rejections => Current.Rejections;

    /// <summary>The records served with a warning.</summary>
    public IReadOnlyList<RecordNotice> Warnings => Current.Warnings;

    /// <summary>Opens the index and the version store and gathers what every page needs: the whole of a start.</summary>
    private State Open(ArchiveOptions settings, NameAuthority names, ILogger logger, CancellationToken cancellation)
    {
        var documentsPath = settings.ResolvedDocumentsPath;
        var indexPath = settings.ResolvedIndexPath;
        var now = DateTimeOffset.UtcNow;
        ArchiveIndex index;
        VersionStore versions;
        if (settings.ReadOnly)
        {
            index = ArchiveIndex.OpenReadOnly(indexPath, names);
            versions = VersionStore.OpenReadOnly(settings.ResolvedVersionsPath);
        }
        else
        {
            // The version store loads its saved index while the archive index opens.
            var opening = Task.Run(() => VersionStore.Open(settings.ResolvedVersionsPath));
            var recorded = new VersionStoreUpdate(0, 0, 0);
            index = ArchiveIndex.Open(documentsPath, indexPath, names,
                indexed: documents => recorded = opening.GetAwaiter().GetResult().Record(documents, now),
                progress: new ProgressLog(logger, p => _progress = p),
                cancellation: cancellation);
            versions = opening.GetAwaiter().GetResult();
            LogVersions(logger, settings.ResolvedVersionsPath, versions, recorded);
        }

        return BuildState(index, Task.FromResult(versions), null, settings, logger);
    }

    /// <summary>
    /// Compares the documents folder with the index as it is served and brings both up to date: new,
    /// changed and removed records are indexed in place, and the new state is swapped in whole
    /// (<see cref="LiveReload"/> calls this when the folder changes). Requests under way finish on
    /// the state they began with; a file that no longer reads is reported by name and leaves the
    /// other records as they were. Does nothing on a read-only site or before the archive is open.
    /// </summary>
    public void Reload(CancellationToken cancellation)
    {
        if (_settings.ReadOnly || _state is not { } state)
        {
            return;
        }

        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellation, _stopping.Token);
        Verify(_settings, state.Index, state.Versions.GetAwaiter().GetResult(), _logger, stopping.Token);
    }

    /// <summary>
    /// Compares the documents folder with the index, updates it in place, records new texts, and
    /// swaps in the new state (evicting pages rendered from the old one) when anything changed. One
    /// at a time: the check at start and reloads wait for one another.
    /// </summary>
    private void Verify(ArchiveOptions settings, ArchiveIndex index, VersionStore versions, ILogger logger, CancellationToken cancellation)
    {
        lock (_verifying)
        {
            VerifyLocked(settings, index, versions, logger, cancellation);
        }
    }

    private void VerifyLocked(ArchiveOptions settings, ArchiveIndex index, VersionStore versions, ILogger logger, CancellationToken cancellation)
    {
        var recorded = new VersionStoreUpdate(0, 0, 0);
        var update = index.Verify(settings.ResolvedDocumentsPath,
            indexed: documents => recorded = versions.Record(documents, DateTimeOffset.UtcNow),
            progress: new ProgressLog(logger, p => _progress = p),
            cancellation: cancellation);
        LogVersions(logger, settings.ResolvedVersionsPath, versions, recorded);
        var first = _state is null;
        if (!first)
        {
            logger.LogInformation(
                "Documents folder checked: index {IndexUpdate:l}, {Indexed} records indexed, {Removed} removed, {Relinked} re-linked, {FilesRead} files read, in {Milliseconds} ms",
                update.Kind.ToString().ToLowerInvariant(), update.Indexed, update.Removed, update.Relinked, update.FilesRead, (long)update.Elapsed.TotalMilliseconds);
        }

        if (first || update.Kind != IndexUpdateKind.Reused || update.FilesRead > 0)
        {
            _state = BuildState(index, Task.FromResult(versions), null, settings, logger, _state);
            if (!first)
            {
                _services.GetService<IOutputCacheStore>()?.EvictByTagAsync(OutputCachePolicies.CatalogTag, CancellationToken.None).AsTask().GetAwaiter().GetResult();
            }
        }
    }

    /// <summary>
    /// What every page needs about every record: the catalogue <paramref name="saved"/> for the
    /// index's commit, or gathered from the index's <see cref="ArchiveIndex.Update"/> and the version
    /// store (and saved for the next start). Logs the start's outcome.
    /// </summary>
    private static State BuildState(ArchiveIndex index, Task<VersionStore> versions, ServedCatalog? saved, ArchiveOptions settings, ILogger logger, State? previous = null)
    {
        versions.ContinueWith(
            opened =>
            {
                foreach (var problem in opened.Result.Problems)
                {
                    logger.LogWarning("Version store: {Problem}", problem);
                }
            },
            CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);

        var searcher = new ArchiveSearcher(index);
        var catalog = saved ?? Gather(index, versions.GetAwaiter().GetResult(), searcher, settings, logger);
        index.ReleaseServedFiles();
        // A reload reports what is new; the rest was reported when it first appeared.
        var reported = previous is null ? [] : previous.Rejections.Concat(previous.Warnings).ToHashSet();
        foreach (var rejection in catalog.Rejections.Where(r => !reported.Contains(r)))
        {
            logger.LogWarning("Rejected {File}{Where}: {Reason}", rejection.File, Where(rejection), rejection.Message);
        }

        foreach (var warning in catalog.Warnings.Where(w => !reported.Contains(w)))
        {
            logger.LogWarning("Served {File} with a warning{Where}: {Warning}", warning.File, Where(warning), warning.Message);
        }

        var entries = catalog.Entries;
        // Built at the first harvest, not at start: it orders every record by datestamp, a tenth of
        // a second at 100,000 records that a restart need not wait for, and most sites are harvested
        // rarely.
        var harvest = new Lazy<OaiPmhProvider>(() => new OaiPmhProvider(
            entries.Select(e => new OaiHeader(e.Id, e.FirstSeen, e.Archives.Select(OaiSets.Spec).ToArray())),
            OaiSets.Of(entries.SelectMany(e => e.Archives)),
            searcher.GetDocument,
            searcher.Names,
            Math.Max(1, settings.OaiPageSize)));
        var source = settings.ReadOnly ? " (read-only)" : $" from {settings.ResolvedDocumentsPath}";
        if (index.Update is { } update)
        {
            logger.LogInformation(
                "Archive ready: {DocumentCount} records served, {RejectedCount} files rejected, {WarningCount} served with warnings. Index {IndexPath} {IndexUpdate:l}{Reason:l}: {Indexed} records indexed, {Removed} removed, {Relinked} re-linked, {FilesRead} files read, in {IndexMilliseconds} ms{Source:l}",
                entries.Count, catalog.Rejections.Count, catalog.Warnings.Count, settings.ResolvedIndexPath, update.Kind.ToString().ToLowerInvariant(),
                update.RebuildReason is null ? "" : $" ({update.RebuildReason})", update.Indexed, update.Removed, update.Relinked, update.FilesRead,
                (long)update.Elapsed.TotalMilliseconds, source);
        }
        else
        {
            logger.LogInformation(
                "Archive ready: {DocumentCount} records served, {RejectedCount} files rejected, {WarningCount} served with warnings. Index {IndexPath} reused as last committed, with the catalogue saved beside it, opened in {IndexMilliseconds} ms{Source:l}; the folder is checked once the site serves",
                entries.Count, catalog.Rejections.Count, catalog.Warnings.Count, settings.ResolvedIndexPath, (long)index.BuildTime.TotalMilliseconds, source);
        }

        return new State(index, searcher, versions, harvest, entries, catalog.Rejections, catalog.Warnings);
    }

    /// <summary>
    /// The catalogue of what <paramref name="index"/> serves, from its <see cref="ArchiveIndex.Update"/>
    /// and the version store, saved beside the index so the next start can read it instead.
    /// </summary>
    private static ServedCatalog Gather(ArchiveIndex index, VersionStore versions, ArchiveSearcher searcher, ArchiveOptions settings, ILogger logger)
    {
        var update = index.Update!;
        // A text the store lacks (a new store beside a kept index, or a stop between the two
        // writes) is read back from the index, which holds every served record whole.
        var missing = update.Served.Where(f => versions.FirstSeen(f.Id!, f.Version!) is null).ToArray();
        if (missing.Length > 0)
        {
            if (settings.ReadOnly)
            {
                index.Dispose();
                throw new InvalidOperationException(
                    $"The version store in '{settings.ResolvedVersionsPath}' lacks {missing.Length} of the index's texts (first: {missing[0].Id}). Ship the versions folder built with the index.");
            }

            LogVersions(logger, settings.ResolvedVersionsPath, versions, versions.Record(missing.Select(f => searcher.GetDocument(f.Id!)!), DateTimeOffset.UtcNow));
        }

        var entries = update.Served
            .Select(f => new CatalogEntry(f.Id!, f.Version!, versions.FirstSeen(f.Id!, f.Version!)!.Value, f.Archives))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        var catalog = new ServedCatalog(index.Commit ?? "", entries, update.Rejections, update.Warnings);
        if (!settings.ReadOnly && index.Commit is not null)
        {
            try
            {
                catalog.Write(settings.ResolvedIndexPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Only the next start's speed depends on it: it gathers the catalogue again.
                logger.LogWarning("The served catalogue could not be saved in {IndexPath} ({Reason}); the next start gathers it again", settings.ResolvedIndexPath, ex.Message);
            }
        }

        return catalog;
    }

    /// <summary>Everything a start opened and gathered, swapped in whole when it is ready. It keeps the notices, not the documents: the index holds those.</summary>
    private sealed record State(
        ArchiveIndex Index,
        ArchiveSearcher Searcher,
        Task<VersionStore> Versions,
        Lazy<OaiPmhProvider> Harvest,
        IReadOnlyList<CatalogEntry> Entries,
        IReadOnlyList<RecordNotice> Rejections,
        IReadOnlyList<RecordNotice> Warnings)
    {
        private static long _generations;

        public long Generation { get; } = Interlocked.Increment(ref _generations);

        public Dictionary<string, CatalogEntry> ById { get; } = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

        public string Stamp { get; } = StampOf(Entries);

        public DateTimeOffset LastChanged { get; } = Entries.Count == 0 ? DateTimeOffset.UnixEpoch : Entries.Max(e => e.FirstSeen);
    }

    /// <summary>
    /// The first 16 hex digits of SHA-256 over "id version" lines, one a record: hashed line by line,
    /// not joined first (a string of megabytes at 100,000 records, built on every start).
    /// </summary>
    private static string StampOf(IReadOnlyList<CatalogEntry> entries)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        var buffer = new byte[1024];
        for (var i = 0; i < entries.Count; i++)
        {
            var line = $"{(i == 0 ? "" : "\n")}{entries[i].Id} {entries[i].Version}";
            var length = System.Text.Encoding.UTF8.GetMaxByteCount(line.Length);
            if (length > buffer.Length)
            {
                buffer = new byte[length];
            }

            hash.AppendData(buffer, 0, System.Text.Encoding.UTF8.GetBytes(line, buffer));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    private static void LogVersions(ILogger logger, string path, VersionStore store, VersionStoreUpdate update) =>
        logger.LogInformation(
            "Version store {VersionsPath}: {NewRecords} new records, {NewVersions} changed texts kept beside their earlier versions, {Unchanged} unchanged; {VersionCount} texts in all",
            path, update.NewRecords, update.NewVersions, update.Unchanged, store.VersionCount);

    /// <summary>
    /// Keeps an index build's progress for the "being indexed" notice, and logs it with its rate at
    /// most every five seconds: a first start on a large corpus takes a while.
    /// </summary>
    private sealed class ProgressLog(ILogger logger, Action<IndexProgress> keep) : IProgress<IndexProgress>
    {
        private long _lastTicks = Environment.TickCount64;

        public void Report(IndexProgress value)
        {
            keep(value);
            var now = Environment.TickCount64;
            var last = Interlocked.Read(ref _lastTicks);
            if (value.Done < value.Total && now - last < 5000 || Interlocked.CompareExchange(ref _lastTicks, now, last) != last)
            {
                return;
            }

            if (value.Step == IndexStep.Reading)
            {
                logger.LogInformation("Reading record files: {Done} of {Total}, {Rate:F0} files/s", value.Done, value.Total, value.RecordsPerSecond);
            }
            else
            {
                logger.LogInformation("Indexing: {Done} of {Total} records, {Rate:F0} records/s", value.Done, value.Total, value.RecordsPerSecond);
            }
        }
    }

    private static string Where(RecordNotice notice) => notice.Line is { } line ? $", line {line}" : "";

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        try
        {
            _building?.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // stopped while indexing: nothing was committed that the next start would trust
        }

        _state?.Index.Dispose();
        _stopping.Dispose();
    }
}
