using System.Globalization;
using System.Text.Json;

namespace ArchiveSite.Benchmarks.Peer;

/// <summary>
/// Reads both sides back from the output folder and prints one table: per query, ours and FTS5's
/// latency and hits, and ours / FTS5 as ratios (above 1, ours is slower); then the index builds.
/// Latencies are compared on batch means, the one statistic both sides can measure.
/// </summary>
internal static class PeerReport
{
    private const string TimerLine = "Run Time: real ";

    /// <summary>Writes the report for the results in <paramref name="folder"/>.</summary>
    public static void Print(string folder, TextWriter output)
    {
        var ours = JsonSerializer.Deserialize<OurResults>(File.ReadAllText(Path.Combine(folder, PeerCommand.OursFile)), PeerCommand.Json)
            ?? throw new InvalidDataException($"{PeerCommand.OursFile} is empty.");
        var (hits, samples) = ReadQueryLog(File.ReadAllLines(Path.Combine(folder, PeerCommand.QueryLogFile)), ours.Options.Batch);
        var build = File.ReadAllLines(Path.Combine(folder, PeerCommand.BuildTimesFile))
            .Select(line => line.Split('\t'))
            .ToDictionary(p => p[0], p => double.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal);

        var o = ours.Options;
        output.WriteLine(Invariant($"{ours.Records:N0} records from {ours.Corpus}. Per query: {o.Warmup} runs untimed, then {o.Samples} batches of {o.Batch} runs; latency in ms per run, median and p95 of the batch means. Ratio = ours / FTS5 (above 1: ours slower)."));
        output.WriteLine();
        output.WriteLine("| query | hits ours | hits FTS5 | ours page median | p95 | ours top-20 median | p95 | FTS5 top-20 median | p95 | page/FTS5 median | p95 | top-20/FTS5 median | p95 |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var q in ours.Queries)
        {
            var theirs = samples[q.Name];
            var median = Latency.Percentile(theirs, 0.5);
            var p95 = Latency.Percentile(theirs, 0.95);
            var bareHits = q.BareHits == q.Hits ? "" : Invariant($" ({q.BareHits:N0} top-20)");
            output.WriteLine(Invariant(
                $"| `{q.Name}` | {q.Hits:N0}{bareHits} | {hits[q.Name]:N0} | {q.Page.BatchMedian:F3} | {q.Page.BatchP95:F3} | {q.Bare.BatchMedian:F3} | {q.Bare.BatchP95:F3} | {median:F3} | {p95:F3} | {q.Page.BatchMedian / median:F2} | {q.Page.BatchP95 / p95:F2} | {q.Bare.BatchMedian / median:F2} | {q.Bare.BatchP95 / p95:F2} |"));
        }

        output.WriteLine();
        output.WriteLine("Ours, single runs (ms): " + string.Join("; ", ours.Queries.Select(q =>
            Invariant($"{q.Name} page {q.Page.Median:F3} / p95 {q.Page.P95:F3}, top-20 {q.Bare.Median:F3} / p95 {q.Bare.P95:F3}"))));
        output.WriteLine();

        var fts5 = build.Values.Sum();
        output.WriteLine(Invariant($"Index build: ours {ours.BuildSeconds:F1} s (ArchiveIndex.Build into a folder, from parsed records); FTS5 {fts5:F1} s in all: ")
            + string.Join(" + ", build.Select(kv => Invariant($"{kv.Key} {kv.Value:F1} s"))) + ".");
        output.WriteLine(Invariant($"Build ratio ours / FTS5: {ours.BuildSeconds / fts5:F2} against all of it, {ours.BuildSeconds / build.GetValueOrDefault("fts5-index", fts5):F2} against the FTS5 index alone."));
        var database = new FileInfo(Path.Combine(folder, PeerCommand.DatabaseFile)).Length;
        output.WriteLine(Invariant($"On disk: ours {ours.IndexBytes / 1e6:N0} MB (index, stored fields and records); SQLite {database / 1e6:N0} MB (records table, FTS5 index, date index)."));
    }

    /// <summary>
    /// The CLI's output for <see cref="Fts5Sql.Script"/>: each <c>hits NAME</c> line is followed by
    /// the count, each <c>sample NAME</c> line by the batch's result and then its <c>.timer</c> line.
    /// </summary>
    private static (Dictionary<string, int> Hits, Dictionary<string, List<double>> Samples) ReadQueryLog(string[] lines, int batch)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        var samples = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        string? sampling = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("hits ", StringComparison.Ordinal))
            {
                hits[lines[i][5..]] = int.Parse(lines[++i], CultureInfo.InvariantCulture);
            }
            else if (lines[i].StartsWith("sample ", StringComparison.Ordinal))
            {
                sampling = lines[i][7..];
            }
            else if (sampling is not null && lines[i].StartsWith(TimerLine, StringComparison.Ordinal))
            {
                var seconds = double.Parse(lines[i][TimerLine.Length..].Split(' ')[0], CultureInfo.InvariantCulture);
                (samples.TryGetValue(sampling, out var list) ? list : samples[sampling] = []).Add(seconds * 1000 / batch);
                sampling = null;
            }
        }

        return (hits, samples);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
