using System.Diagnostics;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using BenchmarkDotNet.Attributes;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// <see cref="ArchiveSearcher.Search"/> for the shared query set (<see cref="BenchmarkQueries"/>),
/// over an in-memory index of the first N records (N: <c>ARCHIVESITE_BENCH_RECORDS</c>, or the
/// 22,029 FRUS records). Each search is a whole first page as the search page asks for it:
/// 20 hits, the true total, facets and timeline.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    // One index per process and size, kept until the process ends (no GlobalCleanup: in process,
    // BenchmarkDotNet cleans up after every case): with --inProcess every case shares it.
    private static readonly Dictionary<int, (ArchiveIndex Index, ArchiveSearcher Searcher)> Indexes = [];

    private ArchiveSearcher _searcher = null!;

    /// <summary>How many records the index holds.</summary>
    [ParamsSource(nameof(RecordCounts))]
    public int Records { get; set; }

    /// <summary>The sizes to run.</summary>
    public static IEnumerable<int> RecordCounts() => BenchmarkCorpus.Sizes(BenchmarkCorpus.RecordsVariable, BenchmarkCorpus.FrusRecords);

    /// <summary>Loads and indexes the records, once per process and size.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (!Indexes.TryGetValue(Records, out var built))
        {
            var clock = Stopwatch.StartNew();
            var documents = BenchmarkCorpus.Documents(Records);
            var loaded = clock.Elapsed;
            var index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default);
            var indexed = clock.Elapsed - loaded;
            built = (index, new ArchiveSearcher(index));
            Indexes.Add(Records, built);
            Console.WriteLine($"// query index: {documents.Count} records from {BenchmarkCorpus.Source}; loaded in {loaded.TotalSeconds:F1} s, indexed in {indexed.TotalSeconds:F1} s");
        }

        _searcher = built.Searcher;
        foreach (var query in BenchmarkQueries.All)
        {
            Console.WriteLine($"// {query.Name}: {_searcher.Search(query.Request).TotalHits} hits");
        }
    }

    /// <summary>The names of <see cref="BenchmarkQueries.All"/>, in order, one benchmark case each.</summary>
    public static IEnumerable<string> QueryNames() => BenchmarkQueries.All.Select(q => q.Name);

    /// <summary>One search of the set; returns the total so nothing is optimized away.</summary>
    [Benchmark]
    [ArgumentsSource(nameof(QueryNames))]
    public int Search(string query) => _searcher.Search(BenchmarkQueries.Find(query).Request).TotalHits;
}
