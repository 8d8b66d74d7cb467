using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ArchiveSite.Benchmarks.Peer;
using ArchiveSite.Benchmarks.Quality.Families;
using ArchiveSite.Benchmarks.Quality.Scoring;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Benchmarks.Quality.Tuning;

/// <summary>
/// The <c>quality-tune</c> verb: how <see cref="Ranking.Default"/>'s values were chosen. It reads a
/// quality run's folder (its records count, queries and FTS5 answers), builds our index once, and
/// climbs one parameter at a time (coordinate ascent) from the default over
/// <see cref="RankingSpace"/>, keeping a change when <see cref="RankingScore.Objective"/> rises;
/// it prints every trial and the best ranking found. Choose on one seed, confirm on another
/// (docs/search-quality.md): a value that only suits one sample of queries is not kept.
/// </summary>
internal static class TuneCommand
{
    /// <summary>Runs the verb: <c>quality-tune --out DIR [--rounds 2]</c>.</summary>
    public static int Run(string[] args)
    {
        var rounds = 2;
        var rest = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Length)
            {
                rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                rest.Add(args[i]);
            }
        }

        var options = QualityOptions.Parse(rest);
        var run = JsonSerializer.Deserialize<QualityRun>(File.ReadAllText(Path.Combine(options.Out, QualityFiles.Run)), PeerCommand.Json)
            ?? throw new InvalidDataException($"{options.Out}: no {QualityFiles.Run}; run tests/quality/run.sh first.");
        var queries = QualityFiles.ReadLines<QualityQuery>(Path.Combine(options.Out, QualityFiles.Queries));
        var judgements = Judgements.Parse(File.ReadLines(options.Judgements));
        var fts5Answers = Fts5Answers.Read(File.ReadLines(Path.Combine(options.Out, QualityFiles.Fts5Log)));
        var fts5 = RankingTrial.Of(queries, queries.Select(q => (IReadOnlyList<string>)(fts5Answers.GetValueOrDefault(q.Key) ?? [])).ToArray(), judgements);
        Console.WriteLine($"FTS5:      {fts5}");

        var clock = Stopwatch.StartNew();
        using var index = ArchiveIndex.Build(BenchmarkCorpus.Documents(run.Records), indexPath: null, NameAuthority.Default);
        var trial = new RankingTrial(index, index.Searchers.Acquire().IndexReader, queries, judgements);
        Console.WriteLine($"index of {run.Records:N0} records built ({clock.Elapsed.TotalSeconds:F0} s)");

        var best = Ranking.Default;
        var bestScore = trial.Score(best);
        Console.WriteLine($"default    {bestScore.Objective(fts5):F4}  {bestScore}  ({clock.Elapsed.TotalSeconds:F0} s)");
        for (var round = 1; round <= rounds; round++)
        {
            var improved = false;
            foreach (var parameter in RankingSpace.Parameters)
            {
                foreach (var candidate in parameter.Values.Where(v => v != parameter.Get(best)).Select(v => parameter.With(best, v)))
                {
                    var score = trial.Score(candidate);
                    var objective = score.Objective(fts5);
                    var kept = objective > bestScore.Objective(fts5) + 0.0005;
                    Console.WriteLine($"{(kept ? "KEEP" : "    ")} {parameter.Name}={parameter.Show(candidate)}  {objective:F4}  {score}");
                    if (kept)
                    {
                        (best, bestScore, improved) = (candidate, score, true);
                    }
                }
            }

            Console.WriteLine($"round {round}: {RankingSpace.Describe(best)}  {bestScore.Objective(fts5):F4}  ({clock.Elapsed.TotalSeconds:F0} s)");
            if (!improved)
            {
                break;
            }
        }

        Console.WriteLine($"best: {RankingSpace.Describe(best)}");
        Console.WriteLine($"      {bestScore}");
        return 0;
    }
}
