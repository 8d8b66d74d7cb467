using System.Diagnostics;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// The archive's Lucene index, open for reading: its directory, the analyzer it was written with,
/// and the searcher manager. Lucene's <see cref="IndexSearcher"/> is thread-safe and meant to be
/// shared while the index does not change; <see cref="SearcherManager"/> hands out the current one
/// and swaps in a new one after an update, without failing a search under way. Built in memory or
/// a folder (<see cref="Build"/>), opened read-only from an artifact (<see cref="OpenReadOnly"/>),
/// or kept in a folder this site writes (<see cref="PersistedIndex"/>, which holds one).
/// </summary>
public sealed class ArchiveIndex : IDisposable
{
    internal ArchiveIndex(LuceneDirectory directory, NameAuthority names)
    {
        Directory = directory;
        Analyzer = ArchiveAnalyzer.Create();
        Names = names;
        Searchers = new SearcherManager(directory, new SchemaSearcherFactory());
    }

    /// <summary>The names authority applied when indexing; queries use it too.</summary>
    public NameAuthority Names { get; }

    /// <summary>The analyzer the index was written with; queries must use the same.</summary>
    internal Analyzer Analyzer { get; }

    internal LuceneDirectory Directory { get; }

    internal SearcherManager Searchers { get; }

    /// <summary>
    /// The manifest commit of the index searches run on now (the id its <see cref="IndexManifest"/>
    /// and the served catalogue are written for); null for an index without one.
    /// </summary>
    public string? Commit
    {
        get
        {
            var searcher = Searchers.Acquire();
            try
            {
                return searcher.IndexReader is DirectoryReader { IndexCommit.UserData: var data } && data.TryGetValue(IndexManifest.CommitKey, out var commit)
                    ? commit
                    : null;
            }
            finally
            {
                Searchers.Release(searcher);
            }
        }
    }

    /// <summary>How many records the index holds now.</summary>
    public int CountDocuments()
    {
        var searcher = Searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>
    /// Indexes <paramref name="documents"/> into a folder (created if missing, replaced if it held an
    /// index), or into memory when <paramref name="indexPath"/> is null: for tests and benchmarks.
    /// </summary>
    public static ArchiveIndex Build(IReadOnlyCollection<ArchiveDocument> documents, string? indexPath, NameAuthority names)
    {
        LuceneDirectory directory;
        if (indexPath is null)
        {
            directory = new RAMDirectory();
        }
        else
        {
            System.IO.Directory.CreateDirectory(indexPath);
            directory = FSDirectory.Open(indexPath);
        }

        using (var analyzer = ArchiveAnalyzer.Create())
        {
            ArchiveIndexBuilder.Build(directory, documents, analyzer, names);
        }

        return new ArchiveIndex(directory, names);
    }

    /// <summary>
    /// Opens an index built elsewhere (an artifact shipped to a replica) without reading a
    /// documents folder or writing a byte; the update says what its manifest serves. Fails, saying
    /// why, unless the folder holds a complete index written by this code with this names authority.
    /// </summary>
    public static (ArchiveIndex Index, IndexUpdate Update) OpenReadOnly(string indexPath, NameAuthority names)
    {
        var stopwatch = Stopwatch.StartNew();
        if (!System.IO.Directory.Exists(indexPath))
        {
            throw new DirectoryNotFoundException($"The index folder '{indexPath}' does not exist: build the index first (build-index).");
        }

        var directory = FSDirectory.Open(indexPath);
        var manifest = IndexFolder.Usable(directory, indexPath, names, out var problem);
        if (manifest is null)
        {
            directory.Dispose();
            // A manifest of this version whose body or commit does not hold is damage (a bad copy of
            // the artifact): the replica answers 503 saying so. No index, or one of another version,
            // is a deployment mistake: the start stops and says what to do.
            if (IndexManifest.TryReadHead(indexPath) is { } head && head.Format == IndexManifest.CurrentFormat && head.Indexer == IndexFolder.IndexerFingerprint(names))
            {
                throw new IndexDamagedException(new IndexFault(IndexManifest.FileName, null, problem!));
            }

            throw new InvalidOperationException($"The index in '{indexPath}' cannot be served read-only: {problem}. Build it again with this version of the site (build-index).");
        }

        var (served, rejections, warnings) = IndexManifest.Collect(manifest.Files);
        var update = new IndexUpdate(IndexUpdateKind.Reused, null, served, rejections, warnings, 0, 0, 0, 0, stopwatch.Elapsed);
        return (new ArchiveIndex(directory, names), update);
    }

    /// <summary>
    /// The damage the cheap checks a start can afford find in the index in <paramref name="indexPath"/>
    /// (its commit, every file it names present, every footer in place: a few bytes a file), or null.
    /// Damage inside a file is found by the whole check (<see cref="Archive.IndexVerification"/>) once the site serves.
    /// </summary>
    public static IndexFault? Damage(string indexPath)
    {
        if (!System.IO.Directory.Exists(indexPath))
        {
            return null;
        }

        using var directory = FSDirectory.Open(indexPath);
        return IndexCheck.Quick(directory);
    }

    /// <summary>
    /// The first file of the index in <paramref name="indexPath"/> whose checksum fails, read whole:
    /// to name the file behind damage met without a name (an out-of-range error from a codec, say),
    /// when the index is to be rebuilt anyway. Null when every file matches.
    /// </summary>
    public static IndexFault? FirstDamagedFile(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        return IndexCheck.Full(directory, CancellationToken.None);
    }

    /// <summary>
    /// Retires this index after a rebuild replaced it: the searcher manager lets its view go now,
    /// and the analyzer and directory are closed when <paramref name="view"/> (the last snapshot's
    /// reader) closes, once the last request reading it is done.
    /// </summary>
    internal void CloseWhenDone(IndexReader view)
    {
        PageStore.CloseWith(view, new Closing(this));
        Searchers.Dispose();
    }

    private sealed class Closing(ArchiveIndex index) : IDisposable
    {
        public void Dispose()
        {
            index.Analyzer.Dispose();
            index.Directory.Dispose();
        }
    }

    /// <summary>Moves searches to the index's last commit; searches under way finish on the one they began with.</summary>
    internal void Refresh() => Searchers.MaybeRefreshBlocking();

    /// <summary>Every searcher the manager hands out scores with the schema's similarity.</summary>
    private sealed class SchemaSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = IndexSchema.Similarity };
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Searchers.Dispose();
        Analyzer.Dispose();
        Directory.Dispose();
    }
}
