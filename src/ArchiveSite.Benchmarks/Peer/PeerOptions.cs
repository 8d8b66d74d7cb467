using System.Globalization;

namespace ArchiveSite.Benchmarks.Peer;

/// <summary>
/// The peer verbs' arguments: <c>--out DIR</c> (required), <c>--records N</c> (default: the first
/// size in <c>ARCHIVESITE_BENCH_RECORDS</c>, else the 22,029 FRUS records), and how each query is
/// timed: <c>--warmup</c> runs untimed, then <c>--samples</c> batches of <c>--batch</c> runs.
/// </summary>
/// <param name="Out">The folder for the records file, both indexes, the SQL and the results.</param>
/// <param name="Records">How many corpus records to use.</param>
/// <param name="Warmup">Untimed runs before timing (the peer runs them as one batch; ours runs for <see cref="Latency.WarmupTime"/> at least).</param>
/// <param name="Samples">Timed batches per query.</param>
/// <param name="Batch">Runs per batch: 50 puts the peer's millisecond clock at 0.02 ms a run.</param>
internal sealed record PeerOptions(string Out, int Records, int Warmup, int Samples, int Batch)
{
    /// <summary>Reads the arguments after the verb; throws with a usage line on anything else.</summary>
    public static PeerOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count || args[i] is not ("--out" or "--records" or "--warmup" or "--samples" or "--batch"))
            {
                throw new ArgumentException($"Unexpected '{args[i]}'. Usage: peer|peer-report --out DIR [--records N] [--warmup 50] [--samples 40] [--batch 50]");
            }

            values[args[i]] = args[i + 1];
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        return new PeerOptions(
            Path.GetFullPath(values.GetValueOrDefault("--out") ?? throw new ArgumentException("--out DIR is required.")),
            Number("--records", BenchmarkCorpus.Sizes(BenchmarkCorpus.RecordsVariable, BenchmarkCorpus.FrusRecords).First()),
            Number("--warmup", 50),
            Number("--samples", 40),
            Number("--batch", 50));
    }
}
