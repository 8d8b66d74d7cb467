using ArchiveSite.Benchmarks.Quality.Families;
using ArchiveSite.Benchmarks.Quality.Scoring;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSite.Benchmarks.Quality.Tuning;

/// <summary>
/// Scores one <see cref="Ranking"/> on a run's queries over one built index: a searcher with the
/// ranking's similarity and translator, each query asked as the search page asks it (first page
/// of 10; 30 for a judged query), two at a time (the machine's cores).
/// </summary>
internal sealed class RankingTrial(ArchiveIndex index, IndexReader reader, IReadOnlyList<QualityQuery> queries, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> judgements)
{
    /// <summary>The ranking's scores.</summary>
    public RankingScore Score(Ranking ranking)
    {
        var searcher = new ArchiveSearcher(index, new IndexSearcher(reader) { Similarity = ranking.Similarity() }, ranking);
        var ids = new IReadOnlyList<string>[queries.Count];
        Parallel.For(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            ids[i] = searcher.Search(new SearchRequest(queries[i].Text, PageSize: Depth(queries[i]))).Hits.Select(h => h.Id).ToArray());
        return Of(queries, ids, judgements);
    }

    /// <summary>A first page, but deeper for a judged query, whose condensed list (judged records only) wants ten.</summary>
    private static int Depth(QualityQuery query) => query.Family == FamilyNames.Topical ? 3 * RankingMetrics.Depth : RankingMetrics.Depth;

    /// <summary>The scores of the rankings <paramref name="ids"/> gave <paramref name="queries"/> (also FTS5's, read from a run's log).</summary>
    public static RankingScore Of(IReadOnlyList<QualityQuery> queries, IReadOnlyList<IReadOnlyList<string>> ids, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> judgements)
    {
        var mrr = queries.Select((q, i) => (q, Top: ids[i].Take(RankingMetrics.Depth).ToArray()))
            .Where(p => p.q.Relevant.Count > 0 && p.q.Family != FamilyNames.MisspeltName)
            .GroupBy(p => p.q.Family)
            .ToDictionary(g => g.Key, g => g.Average(p => RankingMetrics.ReciprocalRank(RankingMetrics.FirstRelevantRank(p.Top, p.q.Relevant))));
        var topical = queries.Select((q, i) => (q, Top: ids[i])).Where(p => p.q.Family == FamilyNames.Topical).ToArray();
        var empty = new Dictionary<string, int>();
        var condensed = topical.Select(p =>
        {
            var grades = judgements.GetValueOrDefault(p.q.Text) ?? empty;
            return RankingMetrics.Ndcg(p.Top.Where(grades.ContainsKey).ToArray(), grades);
        });
        var judged = topical.Select(p =>
        {
            var grades = judgements.GetValueOrDefault(p.q.Text) ?? empty;
            var top = p.Top.Take(RankingMetrics.Depth).ToArray();
            return top.Length == 0 ? 1 : (double)top.Count(grades.ContainsKey) / top.Length;
        });
        return new RankingScore(mrr, topical.Length == 0 ? 0 : condensed.Average(), topical.Length == 0 ? 1 : judged.Average());
    }
}
