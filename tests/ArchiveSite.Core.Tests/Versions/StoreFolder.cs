using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Tests.Versions;

/// <summary>A private temporary folder for one test's version store, removed with the test.</summary>
internal sealed class StoreFolder : IDisposable
{
    /// <summary>The folder (not created: opening the store creates it).</summary>
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "archivesite-versions-" + Guid.NewGuid().ToString("N"));

    /// <summary>The store's log.</summary>
    public string Log => System.IO.Path.Combine(Path, VersionStore.FileName);

    /// <summary>The store's saved offsets.</summary>
    public string SavedIndex => System.IO.Path.Combine(Path, VersionStore.IndexFileName);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
