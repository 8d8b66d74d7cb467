using ArchiveSite.Benchmarks.Peer;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/ArchiveSite.Benchmarks -- --filter '*' [--job short]
// The corpus: ARCHIVESITE_BENCH_CORPUS (a folder or .tar.gz), else ../shared/corpus/frus-22k.tar.gz.
// The SQLite FTS5 peer (tests/load/fts5-peer.sh runs both verbs): -- peer --out DIR [--records N], -- peer-report --out DIR
return args switch
{
    ["peer", .. var rest] => PeerCommand.Measure(rest),
    ["peer-report", .. var rest] => PeerCommand.Report(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ArchiveSite.Benchmarks.BenchmarkCorpus).Assembly).Run(args);
    return 0;
}
