using System.Diagnostics;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using Lucene.Net.Analysis;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// The archive's index and the one searcher over it. Lucene's <see cref="IndexSearcher"/> is
/// thread-safe and meant to be shared while the index does not change; <see cref="SearcherManager"/>
/// hands it out and can swap in a new one on reload without failing a request.
/// </summary>
public sealed partial class ArchiveIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private FileStream? _owner;
    private string? _indexPath;
    private readonly System.Threading.Lock _verifying = new();
    private IndexManifest? _manifest;

    private volatile IndexUpdate? _update;
    private volatile int _documentCount;

    private ArchiveIndex(LuceneDirectory directory, Analyzer analyzer, NameAuthority names, int documentCount, TimeSpan buildTime, IndexUpdate? update = null)
    {
        _update = update;
        _directory = directory;
        Analyzer = analyzer;
        Names = names;
        _documentCount = documentCount;
        BuildTime = buildTime;
        Searchers = new SearcherManager(directory, null);
    }

    /// <summary>The analyzer the index was written with; queries must use the same.</summary>
    public Analyzer Analyzer { get; }

    /// <summary>The names authority applied when indexing.</summary>
    public NameAuthority Names { get; }

    /// <summary>How many records the index holds.</summary>
    public int DocumentCount => _documentCount;

    /// <summary>How long building the index took.</summary>
    public TimeSpan BuildTime { get; private set; }

    /// <summary>What opening (and, for one opened unverified, verifying) a persisted index found and did; null for an index built by <see cref="Build"/>.</summary>
    public IndexUpdate? Update => _update;

    internal SearcherManager Searchers { get; }

    /// <summary>
    /// Lets go of <see cref="Update"/>'s served files (their paths, hashes and versions: some 50 MB at
    /// 100,000 records) once the caller has taken what it needs of them; its counts and notices stay.
    /// </summary>
    public void ReleaseServedFiles()
    {
        if (_update is { } update)
        {
            _update = update with { Served = [] };
        }
    }

    /// <summary>
    /// Indexes <paramref name="documents"/> into a folder (created if missing, replaced if it held an
    /// index), or into memory when <paramref name="indexPath"/> is null.
    /// </summary>
    public static ArchiveIndex Build(IReadOnlyCollection<ArchiveDocument> documents, string? indexPath, NameAuthority names)
    {
        var stopwatch = Stopwatch.StartNew();
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

        var analyzer = ArchiveAnalyzer.Create();
        ArchiveIndexBuilder.Build(directory, documents, analyzer, names);
        return new ArchiveIndex(directory, analyzer, names, documents.Count, stopwatch.Elapsed);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Searchers.Dispose();
        Analyzer.Dispose();
        _directory.Dispose();
        _owner?.Dispose();
    }
}
