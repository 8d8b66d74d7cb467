namespace ArchiveSite.Benchmarks.Quality.Scoring;

/// <summary>
/// The measures of one ranking, each a pure function of the ranked ids and what is relevant.
/// Known-item families: the rank of the first relevant record, its reciprocal within the top
/// <see cref="Depth"/> (MRR@10 is its mean), success at 1 and at 10. Judged queries: nDCG@10 with
/// gains 2^grade − 1 and a log2(rank + 1) discount, the ideal ranking being every judged record of
/// the query in grade order, and an unjudged record counting as grade 0.
/// </summary>
internal static class RankingMetrics
{
    /// <summary>How deep the measures look: a first page of results.</summary>
    public const int Depth = 10;

    /// <summary>The 1-based rank of the first id of <paramref name="ranking"/> in <paramref name="relevant"/>, or null when none is.</summary>
    public static int? FirstRelevantRank(IReadOnlyList<string> ranking, IReadOnlyCollection<string> relevant)
    {
        for (var i = 0; i < ranking.Count; i++)
        {
            if (relevant.Contains(ranking[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>1/rank when the first relevant record is within <paramref name="depth"/>, else 0.</summary>
    public static double ReciprocalRank(int? rank, int depth = Depth) => rank is { } r && r <= depth ? 1.0 / r : 0;

    /// <summary>1 when the first relevant record is within the top <paramref name="k"/>, else 0.</summary>
    public static double SuccessAt(int? rank, int k) => rank is { } r && r <= k ? 1 : 0;

    /// <summary>nDCG at <paramref name="depth"/> of <paramref name="ranking"/> under <paramref name="grades"/> (0 to 2); 0 when nothing is judged above 0.</summary>
    public static double Ndcg(IReadOnlyList<string> ranking, IReadOnlyDictionary<string, int> grades, int depth = Depth)
    {
        var ideal = Dcg(grades.Values.OrderDescending().ToArray(), depth);
        return ideal == 0 ? 0 : Dcg(ranking.Select(id => grades.GetValueOrDefault(id)).ToArray(), depth) / ideal;
    }

    private static double Dcg(IReadOnlyList<int> gradesInOrder, int depth) =>
        gradesInOrder.Take(depth).Select((grade, i) => (Math.Pow(2, grade) - 1) / Math.Log2(i + 2)).Sum();
}
