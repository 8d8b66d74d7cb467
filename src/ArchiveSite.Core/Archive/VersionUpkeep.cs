using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Versions;
using Microsoft.Extensions.Logging;

namespace ArchiveSite.Core.Archive;

/// <summary>
/// Keeps the version store sound while the site serves it. Once the store is loaded it logs what the
/// store found wrong (each damaged line with its file, number and record), checks the whole log in
/// the background, and writes again each text served now that the store holds only on a damaged
/// line, or lacks (a write the disk refused): from the record served now, which the index holds
/// whole, checked against the version the store lost. With each catalogue served it marks the
/// records that left the corpus (and those that came back), so that harvesters are told of them.
/// </summary>
/// <param name="settings">Where the store is.</param>
/// <param name="logger">Where the findings go.</param>
/// <param name="current">The snapshot served now, held for the caller, or null when there is none.</param>
internal sealed class VersionUpkeep(ArchiveSettings settings, ILogger logger, Func<SnapshotLease?> current) : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _checked = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly Lock _repairing = new();
    private VersionStore? _watched;
    private bool _checkDue;
    private Task? _checking;
    private int _repairQueued;
    private int _repairDue;
    private bool _disposed;

    /// <summary>
    /// The store as a snapshot serves it: loaded, watched, and with the withdrawals brought up to
    /// date with <paramref name="served"/>. Completes at once when <paramref name="loading"/> has
    /// (a start that opened the store itself, a reload), or when the deferred load does.
    /// <paramref name="checkLater"/> leaves the check of the whole log to <see cref="CheckWhenLoaded"/>
    /// (a large restart, whose folder check goes first).
    /// </summary>
    public Task<VersionStore> Settle(Task<VersionStore> loading, IReadOnlyList<CatalogEntry> served, ArchiveSnapshot? previous, NameAuthority names, bool checkLater)
    {
        return Settled();

        async Task<VersionStore> Settled()
        {
            var store = await loading.ConfigureAwait(false);
            Watch(store, checkLater);
            if (!store.ReadOnly)
            {
                Reconcile(store, served, previous, names);
            }

            return store;
        }
    }

    /// <summary>Completes when the whole log has been checked and what could be repaired was, or the check stopped.</summary>
    public Task Checked => _checked.Task;

    /// <summary>Checks the whole log once the store is loaded (now, if it is): for a large restart, after its folder check.</summary>
    public void CheckWhenLoaded()
    {
        lock (_gate)
        {
            _checkDue = true;
            if (_watched is { } store)
            {
                BeginCheck(store);
            }
        }
    }

    /// <summary>
    /// Writes again each text served now that the store does not hold well: from the served record,
    /// only when its version is the one the store lost, with the first sighting the catalogue
    /// serves. Cheap when nothing is missing (a lookup per record).
    /// </summary>
    public void Repair(VersionStore store)
    {
        if (store.ReadOnly || _stopping.IsCancellationRequested)
        {
            return;
        }

        lock (_repairing)
        {
            if (_disposed)
            {
                return;
            }

            using var lease = CurrentOrLater();
            if (lease is null)
            {
                return; // Served runs it once there is a snapshot
            }

            var snapshot = lease.Snapshot;
            var lacking = snapshot.Entries.Where(e => !store.Holds(e.Id, e.Version)).ToArray();
            if (lacking.Length == 0)
            {
                return;
            }

            var damagedBefore = store.Damaged.Where(d => d.RepairedAt is null).Select(d => d.Offset).ToHashSet();
            var texts = lacking
                .Select(e => (Entry: e, Document: snapshot.Searcher.GetDocument(e.Id)))
                .Where(t => t.Document is not null && RecordVersion.Of(t.Document) == t.Entry.Version)
                .Select(t => (t.Document!, t.Entry.FirstSeen));
            var update = store.Restore(texts);
            if (update.Problem is not null)
            {
                logger.LogError("Version store: {Problem:l}", update.Problem);
                return;
            }

            foreach (var repaired in store.Damaged.Where(d => d.RepairedAt is not null && damagedBefore.Contains(d.Offset)))
            {
                logger.LogWarning(
                    "Version store {LogPath:l}: line {Line} (record {Id:l}, version {Version:l}) repaired: the record served now has this very version, and its text was written again at line {RepairedAt}",
                    store.LogPath, repaired.Line, repaired.Id, repaired.Version, repaired.RepairedAt);
            }

            var missing = update.NewRecords + update.NewVersions;
            if (missing > 0)
            {
                logger.LogInformation("Version store {LogPath:l}: {Count} texts served now that it lacked were written", store.LogPath, missing);
            }
        }
    }

    /// <summary>A snapshot was just served: a repair that found none to read from runs now.</summary>
    public void Served()
    {
        if (Interlocked.Exchange(ref _repairDue, 0) == 1 && _watched is { } store)
        {
            QueueRepair(store);
        }
    }

    /// <summary>
    /// The snapshot served now; when there is none yet (a start whose check of the store finished
    /// before its first snapshot was in place), null, and the repair is left due for <see cref="Served"/>.
    /// </summary>
    private SnapshotLease? CurrentOrLater()
    {
        if (current() is { } lease)
        {
            return lease;
        }

        Volatile.Write(ref _repairDue, 1);
        // Served may have run in between: look once more, and take the due repair back if it is still ours.
        lease = current();
        if (lease is not null && Interlocked.Exchange(ref _repairDue, 0) == 1)
        {
            return lease;
        }

        lease?.Dispose(); // Served took it, and queued a repair of its own
        return null;
    }

    /// <summary>Logs what the store found when it was opened, and from then on what it finds; starts the check of the whole log unless it waits.</summary>
    private void Watch(VersionStore store, bool checkLater)
    {
        lock (_gate)
        {
            if (_watched is not null)
            {
                return;
            }

            _watched = store;
            if (store.IndexNote is { } note)
            {
                // A cut-short log (the note is among the problems) lost texts; a missing or stale index only costs a longer start.
                logger.Log(store.Problems.Contains(note) ? LogLevel.Warning : LogLevel.Information, "Version store: {Note:l}", note);
            }

            foreach (var damaged in store.Damaged)
            {
                Report(store, damaged);
            }

            store.DamageFound += damaged =>
            {
                Report(store, damaged);
                QueueRepair(store);
            };
            _checkDue |= !checkLater;
            if (_checkDue)
            {
                BeginCheck(store);
            }
        }
    }

    private void Report(VersionStore store, DamagedLine damaged) =>
        logger.Log(damaged.RepairedAt is null && !damaged.Unfinished ? LogLevel.Warning : LogLevel.Information,
            "Version store: line {Line} of {LogPath:l} ({What:l}) is damaged: {Reason:l}. {Outcome:l}",
            damaged.Line, store.LogPath, damaged.What, damaged.Reason,
            damaged.RepairedAt is { } good ? $"A good copy of the same text is at line {good}."
            : damaged.Unfinished ? "It is stepped over; the text is recorded again while it is the one served."
            : "No good copy is kept yet: it is written again if it is the text served now, otherwise its versioned permalink answers 410 until the file is restored from a backup.");

    private void BeginCheck(VersionStore store)
    {
        if (_checking is not null)
        {
            return;
        }

        _checking = Task.Run(() =>
        {
            try
            {
                var found = store.CheckWhole(_stopping.Token);
                logger.LogInformation(
                    "Version store {LogPath:l}: every line checked; {Found} damaged lines found now, {Unrepaired} in all without a good copy",
                    store.LogPath, found.Count, store.Unrepaired.Count);
                Repair(store);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                // The site is stopping; the next start checks again.
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogError("The version store {LogPath:l} could not be checked: {Reason:l}", store.LogPath, ex.Message);
            }
            finally
            {
                _checked.TrySetResult();
            }
        });
    }

    /// <summary>A repair soon, in the background, unless one is already queued: a text found damaged by a request is written again without the request waiting.</summary>
    private void QueueRepair(VersionStore store)
    {
        if (store.ReadOnly || Interlocked.Exchange(ref _repairQueued, 1) == 1)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            Volatile.Write(ref _repairQueued, 0);
            try
            {
                Repair(store);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogError("Repairing the version store {LogPath:l} failed: {Reason:l}", store.LogPath, ex.Message);
            }
        });
    }

    /// <summary>Marks the records not served now as withdrawn (and those served again as returned), naming each one's archives for harvesters' sets.</summary>
    private void Reconcile(VersionStore store, IReadOnlyList<CatalogEntry> served, ArchiveSnapshot? previous, NameAuthority names)
    {
        var ids = served.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var update = store.Reconcile(ids.Contains, id => previous?.Entry(id)?.Archives ?? ArchivesOfLastText(store, id, names), DateTimeOffset.UtcNow);
        if (update.Problem is not null)
        {
            logger.LogError("Version store: {Problem:l}", update.Problem);
        }
        else if (update.Withdrawn + update.Returned > 0)
        {
            logger.LogInformation(
                "Version store {VersionsPath}: {Withdrawn} records no longer served marked withdrawn (OAI-PMH lists them as deleted), {Returned} withdrawn records served again",
                settings.VersionsPath, update.Withdrawn, update.Returned);
        }
    }

    /// <summary>The archives the record's last readable text names: a record that left while the site was down has no entry in the catalogue before.</summary>
    private static IReadOnlyList<string> ArchivesOfLastText(VersionStore store, string id, NameAuthority names) =>
        store.History(id).Reverse().Select(v => store.Find(id, v.Version)).FirstOrDefault(s => s is not null) is { } last
            ? Facets.Archive.Values(last.Document, names).Distinct(StringComparer.Ordinal).ToArray()
            : [];

    /// <inheritdoc />
    public void Dispose()
    {
        _stopping.Cancel();
        _checked.TrySetResult();
        try
        {
            _checking?.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // Logged where it failed.
        }

        lock (_repairing)
        {
            // After a repair under way: nothing is written to the store once the catalogue is disposed.
            _disposed = true;
        }
    }
}
