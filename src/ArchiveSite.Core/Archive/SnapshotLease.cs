namespace ArchiveSite.Core.Archive;

/// <summary>
/// One request's hold on a snapshot (<see cref="ArchiveCatalog.Acquire"/>): while it lasts, the
/// snapshot's view of the index stays open even if a reload swaps another in. Dispose it when the
/// request ends (the host registers it per request).
/// </summary>
public sealed class SnapshotLease : IDisposable
{
    private int _released;

    internal SnapshotLease(ArchiveSnapshot snapshot) => Snapshot = snapshot;

    /// <summary>The snapshot held.</summary>
    public ArchiveSnapshot Snapshot { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Snapshot.Release();
        }
    }
}
