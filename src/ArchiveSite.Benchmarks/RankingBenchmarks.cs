using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Search;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// What the ranking's clauses cost (issue 17): one first page of <see cref="ArchiveSearcher.Search"/>
/// for queries of the harness's kinds, under the site's ranking and under it with a part taken
/// away, over an in-memory index of the 22,029 FRUS records (or <c>ARCHIVESITE_BENCH_RECORDS</c>).
/// The difference between a row and <c>site</c> is that part's price.
/// </summary>
[MemoryDiagnoser]
public class RankingBenchmarks
{
    private static readonly Dictionary<int, ArchiveIndex> Indexes = [];

    private static readonly Dictionary<string, Ranking> Rankings = new(StringComparer.Ordinal)
    {
        ["site"] = Ranking.Default,
        ["no-proximity"] = Ranking.Default with { WholeBoost = 0, PairBoost = 0, ProximityFields = new Dictionary<string, float>() },
        // Words alone: no proximity, typed-name bonus, blended rarity or per-word disjunction.
        ["words-only"] = Ranking.Default with { WholeBoost = 0, PairBoost = 0, ProximityFields = new Dictionary<string, float>(), BlendIdf = false, TypedNameBoost = 0, FieldTie = 1 },
    };

    private static readonly Dictionary<string, string> Queries = new(StringComparer.Ordinal)
    {
        // The issue's own remembered run.
        ["body-run"] = "Arab Republic President Nasser desires resume relations and",
        ["topical"] = "nuclear test ban negotiations",
        ["name-place"] = "Khrushchev Berlin",
    };

    private ArchiveIndex _index = null!;
    private IndexSearcher _reader = null!;
    private ArchiveSearcher _searcher = null!;

    /// <summary>How many records the index holds.</summary>
    [ParamsSource(nameof(RecordCounts))]
    public int Records { get; set; }

    /// <summary>The ranking: the site's, or the site's less one part.</summary>
    [ParamsSource(nameof(RankingNames))]
    public string Variant { get; set; } = "site";

    /// <summary>The sizes to run.</summary>
    public static IEnumerable<int> RecordCounts() => BenchmarkCorpus.Sizes(BenchmarkCorpus.RecordsVariable, BenchmarkCorpus.FrusRecords);

    /// <summary>The rankings compared.</summary>
    public static IEnumerable<string> RankingNames() => Rankings.Keys;

    /// <summary>The queries, one case each.</summary>
    public static IEnumerable<string> QueryNames() => Queries.Keys;

    /// <summary>Loads and indexes the records once per process and size; a searcher with the case's ranking.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (!Indexes.TryGetValue(Records, out var index))
        {
            index = ArchiveIndex.Build(BenchmarkCorpus.Documents(Records), indexPath: null, NameAuthority.Default);
            Indexes.Add(Records, index);
        }

        _index = index;
        var ranking = Rankings[Variant];
        _reader = _index.Searchers.Acquire();
        _searcher = new ArchiveSearcher(_index, new IndexSearcher(_reader.IndexReader) { Similarity = ranking.Similarity() }, ranking);
    }

    /// <summary>Gives the reader back.</summary>
    [GlobalCleanup]
    public void Cleanup() => _index.Searchers.Release(_reader);

    /// <summary>One search; returns the total so nothing is optimized away.</summary>
    [Benchmark]
    [ArgumentsSource(nameof(QueryNames))]
    public int Search(string query) => _searcher.Search(new SearchRequest(Queries[query])).TotalHits;
}
