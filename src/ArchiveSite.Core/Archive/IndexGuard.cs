using System.Runtime.InteropServices;
using Microsoft.Extensions.Logging;

namespace ArchiveSite.Core.Archive;

/// <summary>
/// Runs the whole check of the served index (and the repair it may lead to) on a thread of its
/// own at the lowest priority, one at a time: a site serves meanwhile on the other core, and many
/// requests meeting the same damage start one check, not one each. Stops with the site.
/// </summary>
internal sealed class IndexGuard(ILogger logger) : IDisposable
{
    private readonly CancellationTokenSource _closing = new();
    private readonly Lock _starting = new();
    private Task _running = Task.CompletedTask;

    /// <summary>Completes when the check started last (and the repair it led to) has ended.</summary>
    public Task Running => _running;

    /// <summary>Starts <paramref name="check"/>, unless one is running: that one reads every file, and covers what this one would find.</summary>
    public Task Start(Action<CancellationToken> check)
    {
        lock (_starting)
        {
            if (!_running.IsCompleted || _closing.IsCancellationRequested)
            {
                return _running;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var thread = new Thread(() =>
            {
                try
                {
                    Yield();
                    check(_closing.Token);
                }
                catch (OperationCanceledException) when (_closing.IsCancellationRequested)
                {
                    // the site is stopping
                }
                catch (Exception ex)
                {
                    logger.LogError(ex, "Checking the index in the background failed: {Reason}", ex.Message);
                }
                finally
                {
                    done.SetResult();
                }
            })
            {
                IsBackground = true,
                Name = "ArchiveSite index check",
                // One core at most (one thread), and the last in line for it: requests come first.
                Priority = ThreadPriority.Lowest,
            };
            thread.Start();
            return _running = done.Task;
        }
    }

    /// <summary>
    /// Makes the calling thread the last in line for a core: on Linux, .NET's thread priority is not
    /// passed to the scheduler, so the thread's own nice value is raised to 19 (any process may lower
    /// its own threads' priority). Elsewhere, or should it fail, the thread priority alone says so.
    /// </summary>
    private static void Yield()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = SetPriority(ProcessPriority, GetThreadId(), 19);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // An older C library: the thread priority set when it was started is all there is.
        }
    }

    private const int ProcessPriority = 0; // PRIO_PROCESS: with a thread id, that thread alone on Linux

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "setpriority", SetLastError = true)]
    private static extern int SetPriority(int which, int who, int priority);

    /// <summary>How long to wait before attempt <paramref name="attempt"/> + 1 of a repair that failed: 5 s, doubling, at most 5 minutes.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(300, 5 * Math.Pow(2, Math.Min(attempt, 10))));

    /// <summary>Waits until <paramref name="delay"/> has passed; throws when the site stops meanwhile.</summary>
    public static void Wait(TimeSpan delay, CancellationToken cancellation)
    {
        if (cancellation.WaitHandle.WaitOne(delay))
        {
            throw new OperationCanceledException(cancellation);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // The token stays: a rebuild that does not stop within the wait still reads it.
        _closing.Cancel();
        _running.Wait(TimeSpan.FromSeconds(10));
    }
}
