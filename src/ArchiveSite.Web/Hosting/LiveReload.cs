using System.Threading.Channels;
using ArchiveSite.Core.Archive;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Hosting;

/// <summary>
/// Keeps the served archive in step with its documents folder while the site runs: a file watcher
/// notices records added, changed or removed, and a periodic rescan catches what a watcher can miss;
/// either asks <see cref="ArchiveCatalog.Reload"/> to index the change in the background and swap
/// the new state in. Reloads never overlap, and a failed one is logged while the archive as last
/// indexed keeps being served, and tried again after a wait that doubles with each failure (a full
/// disk that is given space again is picked up within minutes, not at the next rescan only).
/// </summary>
public sealed class LiveReload(ArchiveCatalog catalog, IOptions<ArchiveOptions> options, ILogger<LiveReload> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var rescan = settings.RescanSeconds > 0 ? TimeSpan.FromSeconds(settings.RescanSeconds) : Timeout.InfiniteTimeSpan;
        if (settings.ReadOnly || (!settings.WatchDocuments && rescan == Timeout.InfiniteTimeSpan))
        {
            return;
        }

        // One pending signal is enough: a reload reads the whole folder, whatever changed.
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = settings.WatchDocuments ? Watch(settings.ResolvedDocumentsPath, () => changes.Writer.TryWrite(true)) : null;
        var quiet = TimeSpan.FromMilliseconds(Math.Max(0, settings.ReloadDelayMilliseconds));
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var noticed = await WaitAsync(changes.Reader, failures == 0 ? rescan : Min(RetryAfter(failures), rescan), stoppingToken);
            if (noticed)
            {
                // Let a copy of many files, or a save in several writes, finish first.
                while (await WaitAsync(changes.Reader, quiet, stoppingToken))
                {
                }
            }

            try
            {
                await Task.Run(() => catalog.Reload(stoppingToken), stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                failures++;
                logger.LogError(ex, "Reloading the documents folder failed: {Reason}. The archive as last indexed is served; tried again in {Seconds} s, or at the next change",
                    ex.Message, (long)Min(RetryAfter(failures), rescan).TotalSeconds);
            }
        }
    }

    /// <summary>The wait before retrying after <paramref name="failures"/> failed reloads in a row: 10 s, doubling, at most 5 minutes.</summary>
    private static TimeSpan RetryAfter(int failures) => TimeSpan.FromSeconds(Math.Min(300, 10 * Math.Pow(2, Math.Min(failures - 1, 10))));

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => b == Timeout.InfiniteTimeSpan || a < b ? a : b;

    /// <summary>True when a change was signalled within <paramref name="timeout"/>; false when it passed quietly.</summary>
    private static async Task<bool> WaitAsync(ChannelReader<bool> changes, TimeSpan timeout, CancellationToken stopping)
    {
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        waiting.CancelAfter(timeout);
        try
        {
            await changes.ReadAsync(waiting.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stopping.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>A watcher over the whole folder, or null (logged) when the system will not give one: the rescan still runs.</summary>
    private FileSystemWatcher? Watch(string folder, Action changed)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                // Larger than the 8 KB default: a copy of thousands of files overflows less often.
                InternalBufferSize = 64 * 1024,
            };
            watcher.Created += (_, _) => changed();
            watcher.Changed += (_, _) => changed();
            watcher.Deleted += (_, _) => changed();
            watcher.Renamed += (_, _) => changed();
            // An overflow lost events: treat it as a change, the reload compares the whole folder.
            watcher.Error += (_, e) =>
            {
                logger.LogWarning(e.GetException(), "Watching {DocumentsPath} lost events; the folder is compared whole", folder);
                changed();
            };
            watcher.EnableRaisingEvents = true;
            logger.LogInformation("Watching {DocumentsPath} for changes", folder);
            return watcher;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            logger.LogWarning("Cannot watch {DocumentsPath} ({Reason}); changes are picked up by the periodic rescan only", folder, ex.Message);
            return null;
        }
    }
}
