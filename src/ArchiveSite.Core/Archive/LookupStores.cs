using System.Diagnostics;
using ArchiveSite.Core.Search;
using Microsoft.Extensions.Logging;

namespace ArchiveSite.Core.Archive;

/// <summary>
/// Makes every page a lookup (issue 18): for each snapshot served, the stores beside the index for
/// its commit, written in the background while the snapshot is served, and read back at the next
/// start: every record's card (<see cref="CardStore"/>, for lists), every record with its body
/// rendered (<see cref="PageStore"/>, for detail pages) and every record's related records
/// (<see cref="RelatedLists"/>). Until a store is ready, pages read the index and compute what they
/// show, as before; after a reload, the related records of what did not change are kept. One
/// snapshot's work at a time: a newer snapshot stops the work for the one before.
/// </summary>
internal sealed class LookupStores(ArchiveSettings settings, ILogger logger) : IDisposable
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(30);

    private CancellationTokenSource? _stop;

    /// <summary>Told the store file and the damage a read met in it: the catalogue checks the stores whole then, and has a damaged one written again.</summary>
    public Action<string, string>? Damaged { get; set; }

    /// <summary>Completes when the current snapshot's stores are all written and in use (or the work stopped).</summary>
    public Task Ready { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// The related records a new snapshot starts with: those saved for its commit; else, after a
    /// reload, the previous snapshot's where nothing they depend on changed, with the new and
    /// changed records in <paramref name="first"/>, to compute first; else none yet.
    /// </summary>
    public RelatedLists StartingLists(string? commit, RecordPositions positions, IReadOnlyList<CatalogEntry> entries, ArchiveSnapshot? previous, out IReadOnlyCollection<string> first)
    {
        first = [];
        if (RelatedLists.TryRead(settings.IndexPath, commit, positions, out var problem) is { } saved)
        {
            return saved;
        }

        if (problem is not null)
        {
            logger.LogWarning("The related records saved in {File} are damaged ({Problem}); they are computed again", Path.Combine(settings.IndexPath, RelatedLists.FileName), problem);
        }

        if (previous is null)
        {
            return new RelatedLists(positions);
        }

        var changed = entries.Where(e => previous.Entry(e.Id)?.Version != e.Version).Select(e => e.Id).ToArray();
        var gone = previous.Entries.Where(e => positions.Of(e.Id) is null).Select(e => e.Id);
        first = changed;
        return previous.Relations.Lists.CarryOver(positions, changed.Concat(gone).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// In the background: opens the snapshot's stores (each read whole once to check it, so not on
    /// the start's path), writes those missing (unless the site is read-only), and computes the
    /// related records not known yet. A failure (a full disk, say) is logged: pages then read the
    /// index and compute what they show when asked.
    /// </summary>
    /// <param name="snapshot">The snapshot now served.</param>
    /// <param name="positions">Its records' positions.</param>
    /// <param name="first">The records new or changed since <paramref name="previous"/>.</param>
    /// <param name="commit">Its index commit.</param>
    /// <param name="previous">The snapshot served before, retained by the caller for this work (and released by it): the pages of records that did not change are carried over from its store rather than rendered again.</param>
    public void Start(ArchiveSnapshot snapshot, RecordPositions positions, IReadOnlyCollection<string> first, string? commit, ArchiveSnapshot? previous)
    {
        _stop?.Cancel();
        var stop = _stop = new CancellationTokenSource();
        var writable = !settings.ReadOnly && commit is not null;
        var relations = snapshot.Relations;
        var earlier = Ready;
        Ready = Task.Run(() =>
        {
            // One snapshot's work at a time: the one before was told to stop, and ends between two
            // records, but a store it is writing is finished first; both write the same files.
            WaitQuietly(earlier);
            if (!snapshot.TryRetain())
            {
                previous?.Release();
                return;
            }

            try
            {
                // The collections' order, before a first detail or collection page has to wait for it.
                _ = relations.Collections;
                // The directory of people is one pass over doc values: counted first, so the first
                // list of people, or a search page's links to people, need not wait for it.
                _ = snapshot.Searcher.People;
                var changed = first.ToHashSet(StringComparer.Ordinal);
                var oldPages = previous?.Searcher.Pages;
                var started = Stopwatch.StartNew();
                if (OpenOrWrite(
                        CardStore.FileName,
                        (out string? problem) => CardStore.TryOpen(settings.IndexPath, commit, positions, out problem),
                        () => CardStore.Write(settings.IndexPath, commit!, positions.Count, relations.StoredCardsOf(positions.Ids).TakeWhile(_ => !stop.IsCancellationRequested))) is { } cards)
                {
                    cards.ReportDamageTo(problem => Damaged?.Invoke(CardStore.FileName, problem));
                    relations.UseCards(cards);
                }

                if (OpenOrWrite(
                        PageStore.FileName,
                        (out string? problem) => PageStore.TryOpen(settings.IndexPath, commit, positions, out problem),
                        () => PageStore.Write(settings.IndexPath, commit!, positions.Count, snapshot.Searcher.StoredPagesOf(positions.Ids, id => changed.Contains(id) ? null : RecordBlobs.ReadSafely(() => oldPages?.Stored(id)), stop.Token))) is { } pages)
                {
                    pages.ReportDamageTo(problem => Damaged?.Invoke(PageStore.FileName, problem));
                    snapshot.Searcher.UsePages(pages);
                }

                var missing = relations.Lists.Missing;
                if (missing > 0)
                {
                    // At 100,000 records this takes minutes: say how far it has got, now and then.
                    using var progress = new Timer(
                        _ => logger.LogInformation("Related records: {Done} of {RecordCount} computed", positions.Count - relations.Lists.Missing, positions.Count),
                        null, ProgressInterval, ProgressInterval);
                    relations.FillRelated(first, stop.Token);
                    if (writable)
                    {
                        relations.Lists.Write(settings.IndexPath, commit!);
                    }
                }

                logger.LogInformation("Cards, pages and related records of {RecordCount} records ready in {Seconds:F1} s ({ComputedCount} related lists computed)",
                    positions.Count, started.Elapsed.TotalSeconds, missing);
            }
            catch (Exception ex) when (stop.IsCancellationRequested && ex is OperationCanceledException or ArgumentException)
            {
                // A newer snapshot (or the end of the site) took over.
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Preparing the cards, pages and related records in the background stopped: {Reason}. Pages read and compute theirs when asked", ex.Message);
            }
            finally
            {
                snapshot.Release();
                previous?.Release();
            }
        });

        // A damaged store is reported by name and written again (a read-only replica reads the index instead).
        T? OpenOrWrite<T>(string fileName, Opening<T> open, Action write)
            where T : class
        {
            var store = open(out var problem);
            if (problem is not null)
            {
                logger.LogWarning("The lookup store {File} is damaged ({Problem}); {Outcome}", Path.Combine(settings.IndexPath, fileName), problem,
                    writable ? "it is written again" : "pages read the index instead until a good artifact is shipped");
            }

            if (store is not null || !writable)
            {
                return store;
            }

            write();
            return open(out _) ?? throw new IOException($"The store {Path.Combine(settings.IndexPath, fileName)}, just written, does not read back.");
        }
    }

    private delegate T? Opening<T>(out string? problem)
        where T : class;

    /// <summary>
    /// Stops the work under way (between two records, or once the store it writes is written) and
    /// waits for it: before the index it reads is rebuilt, or a damaged store is removed.
    /// </summary>
    public void Stop()
    {
        _stop?.Cancel();
        WaitQuietly(Ready);
    }

    private static void WaitQuietly(Task work, TimeSpan? timeout = null)
    {
        try
        {
            work.Wait(timeout ?? Timeout.InfiniteTimeSpan);
        }
        catch (AggregateException)
        {
            // logged where it failed
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _stop?.Cancel();

        // The work stops between two records: a few milliseconds, or the store it is writing.
        WaitQuietly(Ready, TimeSpan.FromSeconds(10));
    }
}
