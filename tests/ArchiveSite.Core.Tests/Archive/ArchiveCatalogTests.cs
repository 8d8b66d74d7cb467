using ArchiveSite.Core.Archive;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSite.Core.Tests.Archive;

/// <summary>The served archive without a web host: opening, snapshots per request, and a reload swapping a new one in whole.</summary>
public sealed class ArchiveCatalogTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archivesite-catalog-").FullName;

    private string Documents => Path.Combine(_root, "documents");

    private ArchiveSettings Settings(bool readOnly = false, int threshold = 5000) =>
        new(Documents, Path.Combine(_root, "index"), Path.Combine(_root, "versions"), NamesPath: null, readOnly, threshold, OaiPageSize: 100);

    public ArchiveCatalogTests()
    {
        Directory.CreateDirectory(Documents);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(Documents, Path.GetFileName(seed)));
        }
    }

    [Fact]
    public void ASmallCorpusIsServedWhenOpenReturns()
    {
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);

        Assert.Equal(BackgroundWork.None, catalog.Open(CancellationToken.None));

        Assert.True(catalog.IsReady);
        using var lease = catalog.Acquire();
        Assert.Equal(["112079", "112082"], lease.Snapshot.Entries.Select(e => e.Id));
        Assert.NotNull(lease.Snapshot.Searcher.GetDocument("112082"));
    }

    [Fact]
    public void ALargerCorpusThanTheThresholdIsLeftToBuildInTheBackground()
    {
        using var catalog = new ArchiveCatalog(Settings(threshold: 1), NullLogger<ArchiveCatalog>.Instance);

        Assert.Equal(BackgroundWork.Build, catalog.Open(CancellationToken.None));
        Assert.False(catalog.IsReady);
        Assert.Equal(2, catalog.Progress!.Total);
        Assert.Throws<InvalidOperationException>(() => catalog.Acquire());

        catalog.Build(CancellationToken.None);

        Assert.True(catalog.IsReady);
        Assert.Null(catalog.Progress);
    }

    [Fact]
    public async Task AReloadSwapsANewSnapshotInWhileARequestKeepsItsOwn()
    {
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);
        catalog.Open(CancellationToken.None);
        ArchiveSnapshot? swapped = null;
        catalog.Swapped += s => swapped = s;
        using var before = catalog.Acquire();

        File.Delete(Path.Combine(Documents, Path.GetFileName(RepositoryPaths.Seed("112079"))));
        catalog.Reload(CancellationToken.None);

        Assert.NotNull(swapped);
        Assert.Same(swapped, catalog.Current);
        Assert.NotEqual(before.Snapshot.Stamp, swapped.Stamp);
        // The request that began before the reload still reads the state it began with, whole.
        Assert.NotNull(before.Snapshot.Searcher.GetDocument("112079"));
        Assert.NotNull(before.Snapshot.Entry("112079"));
        using var after = catalog.Acquire();
        Assert.Null(after.Snapshot.Searcher.GetDocument("112079"));
        Assert.Null(after.Snapshot.Entry("112079"));
        Assert.Single((await after.Snapshot.VersionsReady).History("112079")); // its text is kept
    }

    [Fact]
    public void AReloadThatFindsNothingNewKeepsTheSnapshot()
    {
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);
        catalog.Open(CancellationToken.None);
        var first = catalog.Current;

        catalog.Reload(CancellationToken.None);

        Assert.Same(first, catalog.Current);
    }

    [Fact]
    public void AMissingDocumentsFolderIsNamedWithTheSettingThatFixesIt()
    {
        Directory.Delete(Documents, recursive: true);
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);

        var error = Assert.Throws<DirectoryNotFoundException>(() => catalog.Open(CancellationToken.None));

        Assert.Contains($"'{Documents}' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("Archive:DocumentsPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadOnlyReplicaServesTheArtifactAnotherSiteBuilt()
    {
        using (var builder = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance))
        {
            builder.Open(CancellationToken.None);
        }

        Directory.Delete(Documents, recursive: true);
        using var replica = new ArchiveCatalog(Settings(readOnly: true), NullLogger<ArchiveCatalog>.Instance);

        Assert.Equal(BackgroundWork.None, replica.Open(CancellationToken.None));
        Assert.Equal(2, replica.Current!.Entries.Count);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
