using System.Globalization;
using ArchiveSite.Benchmarks.Quality.Families;
using ArchiveSite.Benchmarks.Quality.Scoring;

namespace ArchiveSite.Benchmarks.Quality;

/// <summary>
/// Scores both engines' answers in a run's folder: per query (<c>results.jsonl</c>), per family
/// and engine (the tables, printed and written to <c>report.md</c>), and the topical queries'
/// pooled records that are not judged yet (<c>unjudged.tsv</c>: the top 10 of both engines, the
/// pool a judge reads next).
/// </summary>
internal static class QualityReport
{
    /// <summary>Writes the report for the run in <see cref="QualityOptions.Out"/>.</summary>
    public static void Write(QualityOptions options, TextWriter output)
    {
        var folder = options.Out;
        var queries = QualityFiles.ReadLines<QualityQuery>(Path.Combine(folder, QualityFiles.Queries));
        var ours = QualityFiles.ReadLines<OurAnswer>(Path.Combine(folder, QualityFiles.Ours)).ToDictionary(a => a.Key, StringComparer.Ordinal);
        var fts5 = Fts5Answers.Read(File.ReadLines(Path.Combine(folder, QualityFiles.Fts5Log)));
        var judgements = File.Exists(options.Judgements) ? Judgements.Parse(File.ReadLines(options.Judgements)) : new Dictionary<string, IReadOnlyDictionary<string, int>>();

        var results = queries.Select(q => Score(q, ours[q.Key], fts5.GetValueOrDefault(q.Key) ?? [], judgements.GetValueOrDefault(q.Text))).ToArray();
        QualityFiles.WriteLines(Path.Combine(folder, QualityFiles.Results), results);
        File.WriteAllLines(Path.Combine(folder, QualityFiles.Unjudged), Unjudged(queries, results, judgements));

        var report = ReportTables.Markdown(queries, results, options);
        File.WriteAllText(Path.Combine(folder, QualityFiles.Report), report);
        output.Write(report);
    }

    private static QueryResult Score(QualityQuery query, OurAnswer ours, IReadOnlyList<string> fts5, IReadOnlyDictionary<string, int>? grades)
    {
        var judged = query.Family == FamilyNames.Topical;
        grades ??= new Dictionary<string, int>();
        EngineResult Scored(IReadOnlyList<string> ids, int? total = null, string? error = null)
        {
            var top = ids.Take(RankingMetrics.Depth).ToArray();
            return new EngineResult(
                query.Relevant.Count == 0 ? null : RankingMetrics.FirstRelevantRank(ids, query.Relevant),
                judged ? RankingMetrics.Ndcg(top, grades) : null,
                top,
                total,
                error,
                judged ? top.Count(grades.ContainsKey) : null);
        }

        var result = new QueryResult(query.Key, query.Text, query.Relevant, Scored(ours.Ids, ours.TotalHits, ours.Error), Scored(fts5));
        if (ours.Suggestion is null)
        {
            return result;
        }

        var intended = query.Intended is { } words && string.Equals(ours.Suggestion, string.Join(' ', words), StringComparison.OrdinalIgnoreCase);
        return result with { Suggestion = ours.Suggestion, SuggestionIntended = intended, Followed = Scored(ours.SuggestedIds ?? []) };
    }

    /// <summary>Lines "query, id, engines that ranked it" for pooled records without a judgement, with a header.</summary>
    private static IEnumerable<string> Unjudged(IReadOnlyList<QualityQuery> queries, IReadOnlyList<QueryResult> results, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> judgements)
    {
        yield return "query\tid\tranked by";
        foreach (var (query, result) in queries.Zip(results).Where(p => p.First.Family == FamilyNames.Topical))
        {
            var judged = judgements.GetValueOrDefault(query.Text);
            var pool = result.Ours.Top.Select(id => (id, "ours")).Concat(result.Fts5.Top.Select(id => (id, "FTS5")))
                .Where(p => judged?.ContainsKey(p.id) != true)
                .GroupBy(p => p.id, StringComparer.Ordinal);
            foreach (var record in pool)
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{query.Text}\t{record.Key}\t{string.Join(" and ", record.Select(p => p.Item2))}");
            }
        }
    }
}
