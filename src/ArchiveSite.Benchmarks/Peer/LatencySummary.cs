namespace ArchiveSite.Benchmarks.Peer;

/// <summary>A query's latency in milliseconds: single runs, and batch means (what the peer can be compared on).</summary>
/// <param name="Median">Median of single runs.</param>
/// <param name="P95">95th percentile of single runs.</param>
/// <param name="BatchMedian">Median of the batches' means per run.</param>
/// <param name="BatchP95">95th percentile of the batches' means per run.</param>
internal sealed record LatencySummary(double Median, double P95, double BatchMedian, double BatchP95);
