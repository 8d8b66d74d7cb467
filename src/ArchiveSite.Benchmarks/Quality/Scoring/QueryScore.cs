namespace ArchiveSite.Benchmarks.Quality.Scoring;

/// <summary>How one engine did on one query.</summary>
/// <param name="Family">The query's family.</param>
/// <param name="Rank">The first relevant record's rank, as deep as the engine's results were read (see the report); null when not found there. Null for judged queries.</param>
/// <param name="Ndcg">nDCG@10, for judged queries only.</param>
internal sealed record QueryScore(string Family, int? Rank, double? Ndcg = null);
