using System.Diagnostics;

namespace ArchiveSite.Benchmarks.Peer;

/// <summary>
/// How long one query took, run after run, in milliseconds, measured in batches of equal size.
/// The SQLite CLI can only time a batch (see <see cref="Fts5Sql.Batch"/>), so the comparison uses
/// each batch's mean per run as a sample on both sides; ours also keeps every single run.
/// </summary>
/// <param name="Runs">Every timed run, in order.</param>
/// <param name="Batch">Runs per batch.</param>
internal sealed record Latency(IReadOnlyList<double> Runs, int Batch)
{
    /// <summary>
    /// The least time our side warms up for, per query: .NET compiles hot methods again, optimized,
    /// after some 30 calls and a short delay, and that recompilation should be over before timing.
    /// </summary>
    public static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(2);

    /// <summary>Each batch's mean per run.</summary>
    public IReadOnlyList<double> BatchMeans => Runs.Chunk(Batch).Select(c => c.Average()).ToArray();

    /// <summary>Runs <paramref name="run"/> untimed (see <see cref="WarmupTime"/>), then the options' batches, timed run by run.</summary>
    public static Latency Measure(Func<int> run, PeerOptions options, out int result)
    {
        result = 0;
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < options.Warmup || warming.Elapsed < WarmupTime; i++)
        {
            result = run();
        }

        var runs = new double[options.Samples * options.Batch];
        for (var i = 0; i < runs.Length; i++)
        {
            var start = Stopwatch.GetTimestamp();
            result = run();
            runs[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        return new Latency(runs, options.Batch);
    }

    /// <summary>The median and 95th percentile of single runs and of batch means.</summary>
    public LatencySummary Summary() =>
        new(Percentile(Runs, 0.5), Percentile(Runs, 0.95), Percentile(BatchMeans, 0.5), Percentile(BatchMeans, 0.95));

    /// <summary>The nearest-rank percentile: the smallest value at least <paramref name="fraction"/> of the values do not exceed.</summary>
    public static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(fraction * sorted.Length) - 1)];
    }
}
