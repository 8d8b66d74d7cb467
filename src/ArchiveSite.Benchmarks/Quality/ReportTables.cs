using System.Globalization;
using System.Text;
using System.Text.Json;
using ArchiveSite.Benchmarks.Peer;
using ArchiveSite.Benchmarks.Quality.Families;
using ArchiveSite.Benchmarks.Quality.Scoring;

namespace ArchiveSite.Benchmarks.Quality;

/// <summary>The report's Markdown: the run, the known-item families, the judged family, the spelling offers.</summary>
internal static class ReportTables
{
    /// <summary>The whole report.</summary>
    public static string Markdown(IReadOnlyList<QualityQuery> queries, IReadOnlyList<QueryResult> results, QualityOptions options)
    {
        var run = JsonSerializer.Deserialize<QualityRun>(File.ReadAllText(Path.Combine(options.Out, QualityFiles.Run)), PeerCommand.Json)!;
        var byFamily = queries.Zip(results).GroupBy(p => p.First.Family).ToDictionary(g => g.Key, g => g.Select(p => p.Second).ToArray());
        var text = new StringBuilder();
        text.AppendLine(Invariant($"{run.Records:N0} records ({Path.GetFileName(run.Source)}), up to {run.PerFamily} queries per generated family, seed {run.Seed}, run {run.Date}."));
        text.AppendLine("Ours: ArchiveSearcher.Search as the search page asks it. FTS5: SQLite FTS5, porter unicode61, bm25(0, 4, 2, 1, 1, 0, 0), on the same records.");
        text.AppendLine(Invariant($"MRR@10, success@1 and @10 of the first relevant record; found = within the top {Fts5Answers.Limit}."));
        text.AppendLine();
        text.AppendLine("| family | queries | ours MRR@10 | ours S@1 | ours S@10 | ours found | FTS5 MRR@10 | FTS5 S@1 | FTS5 S@10 | FTS5 found |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var family in FamilyNames.All.Where(f => f != FamilyNames.Topical && byFamily.ContainsKey(f)))
        {
            var (o, f) = Scores(family, byFamily[family]);
            text.AppendLine(Invariant($"| {family} | {o.Queries} | {o.Mrr:F3} | {o.SuccessAt1:F3} | {o.SuccessAt10:F3} | {o.Found:F3} | {f.Mrr:F3} | {f.SuccessAt1:F3} | {f.SuccessAt10:F3} | {f.Found:F3} |"));
        }

        if (byFamily.TryGetValue(FamilyNames.MisspeltName, out var misspelt))
        {
            text.AppendLine();
            text.Append(Spelling(misspelt));
        }

        if (byFamily.TryGetValue(FamilyNames.Topical, out var topical))
        {
            text.AppendLine();
            text.Append(Judged(topical));
        }

        var refused = results.Where(r => r.Ours.Error is not null).ToArray();
        if (refused.Length > 0)
        {
            text.AppendLine();
            text.AppendLine(Invariant($"Our search refused {refused.Length} queries: ") + string.Join("; ", refused.Take(5).Select(r => $"{r.Key} ({r.Ours.Error})")));
        }

        return text.ToString();
    }

    private static (FamilyScore Ours, FamilyScore Fts5) Scores(string family, IReadOnlyList<QueryResult> results) =>
        (FamilyScore.Of(family, results.Select(r => new QueryScore(family, r.Ours.Rank, r.Ours.Ndcg)).ToArray()),
         FamilyScore.Of(family, results.Select(r => new QueryScore(family, r.Fts5.Rank, r.Fts5.Ndcg)).ToArray()));

    /// <summary>The "did you mean" offers on the misspelt names: how often, how often right, and ours when the researcher follows it.</summary>
    private static string Spelling(IReadOnlyList<QueryResult> results)
    {
        var offered = results.Count(r => r.Suggestion is not null);
        var intended = results.Count(r => r.SuggestionIntended == true);
        // Following the offer where there is one; the query as typed where there is none.
        var followed = FamilyScore.Of(FamilyNames.MisspeltName, results.Select(r => new QueryScore(FamilyNames.MisspeltName, (r.Followed ?? r.Ours).Rank)).ToArray());
        return Invariant($"misspelt-name, \"did you mean\": ours offered a spelling for {offered} of {results.Count} queries ({Share(offered, results.Count)}), the intended one for {intended} ({Share(intended, results.Count)}). ")
            + Invariant($"Following the offer: ours MRR@10 {followed.Mrr:F3}, S@1 {followed.SuccessAt1:F3}, S@10 {followed.SuccessAt10:F3}, found {followed.Found:F3}. FTS5 offers none.\n");
    }

    /// <summary>The judged family: nDCG@10, and how much of each engine's top 10 is judged (unjudged counts as not relevant).</summary>
    private static string Judged(IReadOnlyList<QueryResult> results)
    {
        var (o, f) = Scores(FamilyNames.Topical, results);
        var text = new StringBuilder();
        text.AppendLine("| judged family | queries | ours nDCG@10 | FTS5 nDCG@10 | ours top 10 judged | FTS5 top 10 judged |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        text.AppendLine(Invariant($"| topical | {o.Queries} | {o.Ndcg:F3} | {f.Ndcg:F3} | {JudgedShare(results, r => r.Ours)} | {JudgedShare(results, r => r.Fts5)} |"));
        return text.ToString();
    }

    private static string JudgedShare(IReadOnlyList<QueryResult> results, Func<QueryResult, EngineResult> engine)
    {
        var shown = results.Sum(r => engine(r).Top.Count);
        var judged = results.Sum(r => engine(r).JudgedInTop ?? 0);
        return Share(judged, shown);
    }

    private static string Share(int part, int whole) => whole == 0 ? "–" : Invariant($"{100.0 * part / whole:F0} %");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
