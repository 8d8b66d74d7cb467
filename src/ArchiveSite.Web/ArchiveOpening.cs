namespace ArchiveSite.Web;

/// <summary>
/// Opens the archive (<see cref="ArchiveCatalog"/>: the index, its manifest, the version store) on
/// another thread from the moment the host is built, while the server starts: an application's
/// hosted services start before the server, so waiting for the archive there would run the two
/// one after the other; on two cores at 100,000 records they overlap by about a third of a second.
/// The host's start still ends only when the archive is open (<see cref="StartedAsync"/>), so a
/// missing documents folder fails the start with its message. A request that arrives in between
/// is not refused: resolving the catalog waits for it.
/// </summary>
public sealed class ArchiveOpening(IServiceProvider services) : IHostedLifecycleService
{
    private Task<ArchiveCatalog>? _opening;

    /// <summary>Starts opening the archive, once; every call returns the same task.</summary>
    public Task<ArchiveCatalog> Begin() =>
        LazyInitializer.EnsureInitialized(ref _opening, () => Task.Run(services.GetRequiredService<ArchiveCatalog>));

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        Begin();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Begin();

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
