using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Tests.Search.Indexing;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSite.Core.Tests.Archive;

/// <summary>
/// A disk that fills up under a build or an update (injected: an IOException with ENOSPC after a
/// number of bytes, through the writes seam): the write stops cleanly, saying where and what, the
/// last good commit is what is served and stays on disk, and the next attempt succeeds once there
/// is room again.
/// </summary>
public sealed class FullDiskTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archivesite-fulldisk-").FullName;
    private readonly WriteFaults _faults = new();

    public FullDiskTests()
    {
        RepositoryPaths.CopySeedsTo(Documents);    }

    private string Documents => Path.Combine(_root, "documents");

    private string Index => Path.Combine(_root, "index");

    private ArchiveSettings Settings() =>
        new(Documents, Index, Path.Combine(_root, "versions"), NamesPath: null, ReadOnly: false, BackgroundIndexThreshold: 5000, OaiPageSize: 100) { Writes = _faults.Wrap };

    private static int Hits(ArchiveCatalog catalog, string query)
    {
        using var lease = catalog.Acquire();
        return lease.Snapshot.Searcher.Search(new SearchRequest(query, null, null, SearchSort.Relevance)).TotalHits;
    }

    [Fact]
    public void AFirstBuildOnAFullDiskStopsNamingTheFolderAndWhatWasBeingWritten()
    {
        _faults.SpaceLeft = 2_000;

        var failure = Assert.Throws<IndexWriteException>(() => PersistedIndex.Open(Documents, Index, NameAuthority.Default, writes: _faults.Wrap));

        Assert.Contains("The disk is full", failure.Message, StringComparison.Ordinal);
        Assert.Contains(Index, failure.Message, StringComparison.Ordinal);
        Assert.Contains("the segment files of a rebuild", failure.Message, StringComparison.Ordinal);
        Assert.Contains("No space left on device", failure.Message, StringComparison.Ordinal);
        Assert.Equal(28, failure.HResult);
        Assert.False(File.Exists(Path.Combine(Index, IndexManifest.FileName))); // nothing half-written to trust

        _faults.SpaceLeft = null; // room again
        var (index, update) = PersistedIndex.Open(Documents, Index, NameAuthority.Default, writes: _faults.Wrap);
        using (index)
        {
            Assert.Equal(IndexUpdateKind.Rebuilt, update.Kind);
            Assert.Equal(2, index.Index.CountDocuments());
        }
    }

    [Fact]
    public void AnUpdateOnAFullDiskIsRolledBackTheLastCommitServedAndTheNextReloadSucceeds()
    {
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);
        catalog.Open(CancellationToken.None);
        var committed = IndexManifest.TryRead(Index, out _)!.Commit;
        var served = catalog.Current!;

        File.AppendAllText(Path.Combine(Documents, "001_2faefe3a7cba56ed.txt"), "\nA zeppelin was sighted.\n");
        _faults.SpaceLeft = 0;
        var failure = Assert.Throws<IndexWriteException>(() => catalog.Reload(CancellationToken.None));

        Assert.Contains("the segment files of an update", failure.Message, StringComparison.Ordinal);
        Assert.True(_faults.Refusals > 0);
        Assert.Same(served, catalog.Current); // the last good state, as it was
        Assert.True(catalog.IsReady);
        Assert.Equal(0, Hits(catalog, "zeppelin"));
        Assert.Equal(2, Hits(catalog, "Stalin"));
        Assert.Equal(committed, IndexManifest.TryRead(Index, out _)!.Commit); // the manifest still describes the commit on disk
        Assert.Null(ArchiveIndex.Damage(Index));
        Assert.Empty(IndexVerification.Verify(Index, NameAuthority.Default, openSegments: true, CancellationToken.None).Damage);

        _faults.SpaceLeft = null;
        catalog.Reload(CancellationToken.None);

        Assert.Equal(1, Hits(catalog, "zeppelin"));
    }

    [Fact]
    public void AReadOnlyFileSystemIsNamedAsSuch()
    {
        var refusal = new IndexWriteException("/srv/index", "the segment files of an update", IndexWrites.Refusal(new IOException("Read-only file system : '/srv/index/_3.fdt'", 30))!, new IOException("Read-only file system", 30));

        Assert.StartsWith("The file system is read-only (Read-only file system) while writing the segment files of an update in /srv/index", refusal.Message, StringComparison.Ordinal);
        Assert.Equal("the site may not write there", IndexWrites.Refusal(new UnauthorizedAccessException()));
        Assert.Null(IndexWrites.Refusal(new IOException("something else", 5)));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
