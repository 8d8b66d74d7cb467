using BenchmarkDotNet.Running;

// dotnet run -c Release --project src/ArchiveSite.Benchmarks -- --filter '*' [--job short]
// The corpus: ARCHIVESITE_BENCH_CORPUS (a folder or .tar.gz), else ../shared/corpus/frus-22k.tar.gz.
BenchmarkSwitcher.FromAssembly(typeof(ArchiveSite.Benchmarks.BenchmarkCorpus).Assembly).Run(args);
