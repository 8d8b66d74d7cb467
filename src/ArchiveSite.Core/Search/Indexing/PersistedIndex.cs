using System.Diagnostics;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// An index kept in a folder this site writes, with a manifest of what it was built from: reused as
/// it is when no record changed, updated in place when some did, rebuilt when the indexing code, the
/// names authority or the manifest itself no longer matches. It holds the folder for this process
/// alone while open. Not thread-safe: its owner (the catalogue) runs one verification at a time.
/// </summary>
public sealed class PersistedIndex : IDisposable
{
    private readonly FileStream _owner;
    private readonly string _indexPath;
    private readonly Func<LuceneDirectory, LuceneDirectory>? _writes;
    private bool _ownerMoved;

    private PersistedIndex(ArchiveIndex index, FileStream owner, string indexPath, Func<LuceneDirectory, LuceneDirectory>? writes)
    {
        Index = index;
        _owner = owner;
        _indexPath = indexPath;
        _writes = writes;
    }

    /// <summary>The index, open for reading.</summary>
    public ArchiveIndex Index { get; }

    /// <summary>The file held open while a site may write the index.</summary>
    public const string OwnerFileName = IndexFolder.OwnerFileName;

    /// <summary>
    /// Opens the index in <paramref name="indexPath"/> for the records in
    /// <paramref name="documentsPath"/>: reused, updated or rebuilt, whichever the folder's files
    /// need (the update says which, and why). <paramref name="indexed"/> is given the records written
    /// (new or changed texts, every record on a rebuild) before they are let go, so a caller can keep
    /// their texts (the version store) without the whole corpus staying in memory: called once, and
    /// on a rebuild from a thread of its own while the build goes on, its enumeration yielding each
    /// record as it is read (so it may record texts of a build that then fails). When the index
    /// is known to be <paramref name="damaged"/>, its files are removed first and it is rebuilt
    /// from scratch, so that nothing of the damaged files is reused. <paramref name="writes"/> wraps
    /// the directory every write goes through (tests inject a full disk through it).
    /// </summary>
    public static (PersistedIndex Index, IndexUpdate Update) Open(string documentsPath, string indexPath, NameAuthority names,
        Action<IEnumerable<ArchiveDocument>>? indexed = null, IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default,
        IndexFault? damaged = null, Func<LuceneDirectory, LuceneDirectory>? writes = null)
    {
        var stopwatch = Stopwatch.StartNew();
        System.IO.Directory.CreateDirectory(indexPath);
        var owner = IndexFolder.TakeOwnership(indexPath);
        if (damaged is not null)
        {
            IndexFolder.Clear(indexPath);
        }

        var directory = FSDirectory.Open(indexPath);
        try
        {
            // The folder listing and the manifest are the two costs of a restart (about half a
            // second each at 100,000 records): read them side by side.
            var listing = Task.Run(() => DocumentLoader.Scan(documentsPath));
            var manifest = IndexFolder.Usable(directory, indexPath, names, out var problem);
            var files = listing.GetAwaiter().GetResult();
            var update = manifest is null
                ? IndexRebuild.Run(directory, indexPath, files, names, damaged is null ? problem! : Damaged(damaged), indexed, progress, cancellation, writes: writes)
                : IndexRefresh.Run(directory, documentsPath, indexPath, files, manifest, names, indexed, progress, cancellation, writes);
            return (new PersistedIndex(new ArchiveIndex(directory, names), owner, indexPath, writes), update with { Elapsed = stopwatch.Elapsed });
        }
        catch
        {
            directory.Dispose();
            owner.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the index in <paramref name="indexPath"/> as it was last committed, reading neither the
    /// documents folder nor the manifest, so the site can serve at once: what it serves comes from the
    /// catalogue saved for its commit, or from <see cref="ReadManifest"/> when there is none, and
    /// <see cref="Verify"/> then compares the folder and brings the index up to date in place. Call
    /// it when <see cref="RebuildReason"/> is null.
    /// </summary>
    public static PersistedIndex OpenUnverified(string indexPath, NameAuthority names, Func<LuceneDirectory, LuceneDirectory>? writes = null)
    {
        var owner = IndexFolder.TakeOwnership(indexPath);
        var directory = FSDirectory.Open(indexPath);
        try
        {
            return new PersistedIndex(new ArchiveIndex(directory, names), owner, indexPath, writes);
        }
        catch
        {
            directory.Dispose();
            owner.Dispose();
            throw;
        }
    }

    /// <inheritdoc cref="IndexFolder.RebuildReason"/>
    public static string? RebuildReason(string indexPath, NameAuthority names) => IndexFolder.RebuildReason(indexPath, names);

    /// <summary>
    /// Rebuilds a damaged index from scratch: its files are removed (the owner's lock kept), and
    /// the index is built anew from <paramref name="documentsPath"/>. The index open now is left
    /// as it is, for the requests still reading it: the caller retires it
    /// (<see cref="ArchiveIndex.CloseWhenDone"/>). Returns the new index, which holds the folder
    /// from now on; on a failure the folder stays this one's.
    /// </summary>
    public (PersistedIndex Index, IndexUpdate Update) Rebuild(string documentsPath, IndexFault damage, Action<IEnumerable<ArchiveDocument>>? indexed,
        IProgress<IndexProgress>? progress, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        IndexFolder.Clear(_indexPath);
        var files = DocumentLoader.Scan(documentsPath);
        var directory = FSDirectory.Open(_indexPath);
        try
        {
            var update = IndexRebuild.Run(directory, _indexPath, files, Index.Names, Damaged(damage), indexed, progress, cancellation, writes: _writes);
            var rebuilt = new PersistedIndex(new ArchiveIndex(directory, Index.Names), _owner, _indexPath, _writes);
            _ownerMoved = true;
            return (rebuilt, update with { Elapsed = stopwatch.Elapsed });
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    private static string Damaged(IndexFault damage) => $"the index was damaged: {damage}";

    /// <summary>
    /// For an index opened unverified: its manifest, and what it says is served (with the notices of
    /// the other files), without looking at the folder. Null, with the reason, when the manifest
    /// cannot be trusted after all (damaged past its head, say): the index must then be rebuilt.
    /// </summary>
    public (IndexManifest Manifest, IndexUpdate Update)? ReadManifest(out string? problem)
    {
        var stopwatch = Stopwatch.StartNew();
        var manifest = IndexFolder.Usable(Index.Directory, _indexPath, Index.Names, out problem);
        if (manifest is null)
        {
            return null;
        }

        var (served, rejections, warnings) = IndexManifest.Collect(manifest.Files);
        return (manifest, new IndexUpdate(IndexUpdateKind.Reused, null, served, rejections, warnings, 0, 0, 0, 0, stopwatch.Elapsed));
    }

    /// <summary>
    /// Lists <paramref name="documentsPath"/>, compares it with the manifest (<paramref name="known"/>
    /// when the caller has read it already), updates the index in place as <see cref="Open"/> would (or
    /// rebuilds it, should the manifest turn out unreadable), and moves searches to the new commit.
    /// Called once after <see cref="OpenUnverified"/>, and again whenever the folder may have changed.
    /// </summary>
    public IndexUpdate Verify(string documentsPath, IndexManifest? known = null, Action<IEnumerable<ArchiveDocument>>? indexed = null,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = DocumentLoader.Scan(documentsPath);
        string? problem = null;
        var manifest = known ?? IndexFolder.Usable(Index.Directory, _indexPath, Index.Names, out problem);
        var update = (manifest is null
                ? IndexRebuild.Run(Index.Directory, _indexPath, files, Index.Names, problem!, indexed, progress, cancellation, writes: _writes)
                : IndexRefresh.Run(Index.Directory, documentsPath, _indexPath, files, manifest, Index.Names, indexed, progress, cancellation, _writes))
            with { Elapsed = stopwatch.Elapsed };
        if (update.Kind != IndexUpdateKind.Reused)
        {
            Index.Refresh();
        }

        return update;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownerMoved)
        {
            return; // the rebuilt index holds the folder now, and its caller retires this one's index
        }

        try
        {
            Index.Dispose();
        }
        finally
        {
            // The folder is let go whatever closing the index met, or the next site could not take it.
            _owner.Dispose();
        }
    }
}
