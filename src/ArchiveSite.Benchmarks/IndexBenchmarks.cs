using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using BenchmarkDotNet.Attributes;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// <see cref="ArchiveIndex.Build"/> over the first N records, in memory (a RAMDirectory, as the
/// tests build it) and into a temporary folder (FSDirectory, as a site with an index path does).
/// N is <c>ARCHIVESITE_BENCH_INDEX_RECORDS</c> (comma-separated) or 5,000: one build of the whole
/// FRUS corpus takes long enough that a default run stays with a slice of it.
/// </summary>
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private IReadOnlyList<ArchiveDocument> _documents = [];
    private string _folder = string.Empty;

    /// <summary>How many records to index.</summary>
    [ParamsSource(nameof(RecordCounts))]
    public int Records { get; set; }

    /// <summary>The sizes to run.</summary>
    public static IEnumerable<int> RecordCounts() => BenchmarkCorpus.Sizes(BenchmarkCorpus.IndexRecordsVariable, 5000);

    /// <summary>Loads the records once per process.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _documents = BenchmarkCorpus.Documents(Records);
        _folder = Path.Combine(Path.GetTempPath(), $"archivesite-bench-index-{Environment.ProcessId}");
    }

    /// <summary>Removes the index folder.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>The index in memory.</summary>
    [Benchmark]
    public int InMemory()
    {
        using var index = ArchiveIndex.Build(_documents, indexPath: null, NameAuthority.Default);
        return index.CountDocuments();
    }

    /// <summary>The index in a folder (replaced on every build).</summary>
    [Benchmark]
    public int InFolder()
    {
        using var index = ArchiveIndex.Build(_documents, _folder, NameAuthority.Default);
        return index.CountDocuments();
    }
}
