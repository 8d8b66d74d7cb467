using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace ArchiveSite.Web.Hosting;

/// <summary>
/// Runs the archive's work on the host's threads and lifetime: opens it (<see cref="ArchiveCatalog.Open"/>)
/// on another thread from the moment the host starts, while the server starts (hosted services start
/// before the server, so waiting there would run the two one after the other); runs what the start
/// leaves for the background (<see cref="BackgroundWork"/>); evicts cached pages when a reload swaps
/// a new snapshot in; and stops it all cleanly. The host's start ends only when the archive is open,
/// so a missing documents folder fails the start with its message. Once the site serves, an index
/// it did not just build is checked whole in the background (<see cref="ArchiveCatalog.VerifyInBackground"/>).
/// </summary>
public sealed class ArchiveHost(ArchiveCatalog catalog, IHostApplicationLifetime lifetime, IOutputCacheStore cache, ILogger<ArchiveHost> logger)
    : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private volatile bool _disposed;
    private Task<BackgroundWork>? _opening;
    private Task _background = Task.CompletedTask;
    private Task _verification = Task.CompletedTask;

    /// <summary>Starts opening the archive, once: as early as the host is built, so it overlaps the rest of the start.</summary>
    public void StartOpening() => Begin();

    /// <summary>
    /// Opens the archive and runs at once what a start would leave for the background, without a
    /// server (the <c>build-index</c> command): completes when the index, the store and the related
    /// records are up to date.
    /// </summary>
    public async Task BuildAsync()
    {
        _background = Run(await Begin(), Task.CompletedTask);
        await _background;
        if (!catalog.IsReady)
        {
            throw new InvalidOperationException("The archive could not be opened; the log says why.");
        }

        // The artifact carries every record's related records, so that no replica computes them.
        await catalog.LookupsReady;
    }

    /// <summary>
    /// Completes when what the start left for the background (a build, the folder check) has ended:
    /// for tests and tools that must see the archive built and checked.
    /// </summary>
    public async Task SettledAsync()
    {
        await Begin();
        await _background;
        await _verification;
        await catalog.Verified; // and a check a request or a reload started since, with its repair
    }

    private Task<BackgroundWork> Begin() =>
        LazyInitializer.EnsureInitialized(ref _opening, () => Task.Run(() =>
        {
            catalog.Swapped += Evict;
            var work = catalog.Open(_stopping.Token);
            _ = Task.Run(WarmUp);
            return work;
        }));

    /// <summary>
    /// Compiles the search and detail paths on the other core as soon as the archive is open, while
    /// the server is still starting: the first researcher's search then does not wait for .NET to
    /// compile the query, facet, snippet and page code on first use (issue 18 times a restart to the
    /// first search answered). It answers nobody and delays nothing; a failure is only logged.
    /// </summary>
    private void WarmUp()
    {
        try
        {
            if (catalog.Current is null || _stopping.IsCancellationRequested)
            {
                return;
            }

            using var lease = catalog.Acquire();
            var page = SearchPage.Read(lease.Snapshot, new SearchRequest("the conversation with the minister"));
            if (page.Results.Hits.FirstOrDefault() is { } hit)
            {
                DocumentAnswer.ReadAsync(lease.Snapshot, hit.Id, "minister", new SiteIdentity("http://127.0.0.1", "warm-up"), DateOnly.FromDateTime(DateTime.UtcNow))
                    .GetAwaiter().GetResult();
            }
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "Warming up the search and detail paths failed: {Reason}", ex.Message);
        }
    }

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Begin();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var serving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStarted.Register(() => serving.TrySetResult());
        _background = Run(await Begin(), serving.Task);
        // Once the site serves: the whole check reads every file of the index on one core, at the
        // lowest priority, while the first searches are answered on the other.
        _verification = serving.Task.ContinueWith(_ => catalog.VerifyInBackground(), TaskScheduler.Default).Unwrap();
    }

    /// <summary>The background work a start left: a build at once, a folder check once <paramref name="serving"/>.</summary>
    private Task Run(BackgroundWork work, Task serving) => work switch
    {
        BackgroundWork.Build => InBackground(() => catalog.Build(_stopping.Token), "Indexing", ex =>
        {
            logger.LogCritical(ex, "Indexing failed: {Reason}. The site stops.", ex.Message);
            lifetime.StopApplication();
        }),
        // Once the site serves: the version store (only pages of earlier versions wait for it) and
        // the folder check would only slow the rest of the start down on the other core.
        BackgroundWork.CheckFolder => serving.ContinueWith(_ => CheckFolderAsync(), TaskScheduler.Default).Unwrap(),
        _ => Task.CompletedTask,
    };

    private async Task CheckFolderAsync()
    {
        var loaded = false;
        await InBackground(() =>
        {
            catalog.LoadVersions();
            loaded = true;
        }, "Loading the version store", ex =>
        {
            logger.LogCritical(ex, "The version store in {VersionsPath} cannot be opened: {Reason}. The site stops.", catalog.Settings.VersionsPath, ex.GetBaseException().Message);
            lifetime.StopApplication();
        });
        if (loaded)
        {
            // The index as last built keeps being served; the folder is checked again at the next start.
            await InBackground(() => catalog.CheckFolder(_stopping.Token), "Checking the documents folder",
                ex => logger.LogError(ex, "Checking the documents folder for changes failed: {Reason}. The index as last built is served.", ex.Message));
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
            logger.LogInformation("{What} stopped: the site is shutting down", what);
        }
        catch (Exception ex)
        {
            failed(ex);
        }
    });

    /// <summary>
    /// Pages rendered from the old snapshot go: they vary by the snapshot's generation too, so none is
    /// served again, and this frees their memory. On the reload's thread, never a request's.
    /// </summary>
    private void Evict(ArchiveSnapshot snapshot)
    {
        _ = cache.EvictByTagAsync(OutputCachePolicies.CatalogTag, CancellationToken.None).AsTask().ContinueWith(
            failed => logger.LogWarning(failed.Exception, "Evicting cached pages after a reload failed; they expire within minutes"),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <inheritdoc />
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        // A start that failed fast disposes the host's services before the host stops them:
        // nothing was started, and the operator should see the start's error, not this one.
        if (_disposed)
        {
            return;
        }

        await _stopping.CancelAsync();
        try
        {
            await _background.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // stopped while indexing: nothing was committed that the next start would trust
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public void Dispose()
    {
        _disposed = true;
        catalog.Swapped -= Evict;
        _stopping.Dispose();
    }
}
