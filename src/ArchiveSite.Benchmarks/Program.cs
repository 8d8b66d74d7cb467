using ArchiveSite.Benchmarks.Highlighting;
using ArchiveSite.Benchmarks.Peer;
using ArchiveSite.Benchmarks.Quality;
using ArchiveSite.Benchmarks.Quality.Tuning;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/ArchiveSite.Benchmarks -- --filter '*' [--job short]
// The corpus: ARCHIVESITE_BENCH_CORPUS (a folder or .tar.gz), else ../shared/corpus/frus-22k.tar.gz.
// The SQLite FTS5 peer (tests/load/fts5-peer.sh runs both verbs): -- peer --out DIR [--records N], -- peer-report --out DIR
// Search quality against FTS5 (tests/quality/run.sh runs both verbs): -- quality --out DIR [--per-family 200] [--seed 1950] [--records N], -- quality-report --out DIR
// Choosing the ranking's values on a run's queries: -- quality-tune --out DIR [--rounds 2]
// Our highlighting against Lucene's (docs/highlighting.md): -- highlight-compare [--records N] [--hits K]
return args switch
{
    ["peer", .. var rest] => PeerCommand.Measure(rest),
    ["peer-report", .. var rest] => PeerCommand.Report(rest),
    ["quality", .. var rest] => QualityCommand.Measure(rest),
    ["quality-report", .. var rest] => QualityCommand.Report(rest),
    ["quality-tune", .. var rest] => TuneCommand.Run(rest),
    ["highlight-compare", .. var rest] => HighlightCompareCommand.Run(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ArchiveSite.Benchmarks.BenchmarkCorpus).Assembly).Run(args);
    return 0;
}
