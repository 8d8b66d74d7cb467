namespace ArchiveSite.Benchmarks.Quality.Scoring;

/// <summary>One engine's means over one family's queries.</summary>
/// <param name="Family">The family.</param>
/// <param name="Queries">How many queries.</param>
/// <param name="Mrr">MRR@10.</param>
/// <param name="SuccessAt1">Share with a relevant record first.</param>
/// <param name="SuccessAt10">Share with a relevant record in the top 10.</param>
/// <param name="Found">Share with a relevant record anywhere in the results read (the top 50).</param>
/// <param name="Ndcg">Mean nDCG@10, for a judged family; else null.</param>
internal sealed record FamilyScore(string Family, int Queries, double Mrr, double SuccessAt1, double SuccessAt10, double Found, double? Ndcg)
{
    /// <summary>The means of <paramref name="scores"/>, all of one family.</summary>
    public static FamilyScore Of(string family, IReadOnlyCollection<QueryScore> scores) =>
        new(
            family,
            scores.Count,
            Mean(scores, s => RankingMetrics.ReciprocalRank(s.Rank)),
            Mean(scores, s => RankingMetrics.SuccessAt(s.Rank, 1)),
            Mean(scores, s => RankingMetrics.SuccessAt(s.Rank, RankingMetrics.Depth)),
            Mean(scores, s => s.Rank is null ? 0 : 1),
            scores.Any(s => s.Ndcg is not null) ? Mean(scores, s => s.Ndcg ?? 0) : null);

    private static double Mean(IReadOnlyCollection<QueryScore> scores, Func<QueryScore, double> measure) =>
        scores.Count == 0 ? 0 : scores.Average(measure);
}
