using System.Diagnostics;
using System.Text.Json;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Benchmarks.Peer;

/// <summary>
/// Our half of the SQLite FTS5 comparison (<c>tests/load/fts5-peer.sh</c> runs the other half):
/// <c>peer</c> writes the records for SQLite, times our index build and our queries, and writes
/// the SQL the CLI times; <c>peer-report</c> reads both sides back and prints the ratios.
/// </summary>
internal static class PeerCommand
{
    /// <summary>The file names in the output folder the script shares with this verb.</summary>
    public const string RecordsFile = "records.csv", QueriesFile = "fts5-queries.sql", OursFile = "ours.json",
        BuildTimesFile = "fts5-build.tsv", QueryLogFile = "fts5-queries.log", DatabaseFile = "fts5.db", IndexFolder = "lucene";

    /// <summary>JSON for <see cref="OursFile"/>: readable, as it is a result to keep.</summary>
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>The <c>peer</c> verb.</summary>
    public static int Measure(string[] args)
    {
        var options = PeerOptions.Parse(args);
        Directory.CreateDirectory(options.Out);
        var folder = Path.Combine(options.Out, IndexFolder);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        File.WriteAllText(Path.Combine(options.Out, QueriesFile), Fts5Sql.Script(BenchmarkQueries.All, options));
        var (index, build) = LoadAndBuild(options, folder);
        GC.Collect(); // the parsed records, unreachable now, are not part of what a query costs
        using (index)
        {
            Console.WriteLine($"ours: ArchiveIndex.Build into a folder {build.TotalSeconds:F1} s");
            Console.WriteLine($"ours: managed heap before the queries {GC.GetTotalMemory(forceFullCollection: false) / (1 << 20):N0} MB, {GC.CollectionCount(0):N0} collections so far");
            var results = Queries(index, folder, options);
            var ours = new OurResults(BenchmarkCorpus.Source, index.CountDocuments(), build.TotalSeconds, FolderBytes(folder), options, results);
            File.WriteAllText(Path.Combine(options.Out, OursFile), JsonSerializer.Serialize(ours, Json));
        }

        return 0;
    }

    /// <summary>The <c>peer-report</c> verb.</summary>
    public static int Report(string[] args)
    {
        PeerReport.Print(PeerOptions.Parse(args).Out, Console.Out);
        return 0;
    }

    /// <summary>Loads the records, writes them for SQLite, and times our build of them (only the build).</summary>
    private static (ArchiveIndex Index, TimeSpan Elapsed) LoadAndBuild(PeerOptions options, string folder)
    {
        var documents = BenchmarkCorpus.Documents(options.Records);
        Console.WriteLine($"peer: {documents.Count:N0} records from {BenchmarkCorpus.Source}");
        RecordsCsv.Write(documents, Path.Combine(options.Out, RecordsFile));
        var clock = Stopwatch.StartNew();
        var index = ArchiveIndex.Build(documents, folder, NameAuthority.Default);
        return (index, clock.Elapsed);
    }

    private static List<OurQueryResult> Queries(ArchiveIndex index, string folder, PeerOptions options)
    {
        var searcher = new ArchiveSearcher(index);
        using var bare = new LuceneFirstPage(index, folder);
        var results = new List<OurQueryResult>();
        foreach (var query in BenchmarkQueries.All)
        {
            var page = Latency.Measure(() => Answered(searcher.Search(query.Request)).TotalHits, options, out var hits);
            var engine = Latency.Measure(() => bare.Run(query.Request), options, out var bareHits);
            var result = new OurQueryResult(query.Name, hits, page.Summary(), bareHits, engine.Summary());
            Console.WriteLine($"ours: {query.Name}: {hits:N0} hits; page median {result.Page.Median:F3} ms, p95 {result.Page.P95:F3} ms; top 20 and total median {result.Bare.Median:F3} ms, p95 {result.Bare.P95:F3} ms");
            results.Add(result);
        }

        return results;
    }

    /// <summary>A query of the set that fails would time an error message: stop instead.</summary>
    private static SearchResults Answered(SearchResults results) =>
        results.Error is null ? results : throw new InvalidOperationException($"The query '{results.Request.Text}' failed: {results.Error}");

    private static long FolderBytes(string folder) => new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
