namespace ArchiveSite.Benchmarks.Quality;

/// <summary>One engine's answer to one query, scored, as <c>results.jsonl</c> keeps it for inspecting a miss.</summary>
/// <param name="Rank">The first relevant record's rank in the ranking read (top 10, or top 50 after a miss); null when not there or for a judged query.</param>
/// <param name="Ndcg">nDCG@10 for a judged query; else null.</param>
/// <param name="Top">The top 10 ids.</param>
/// <param name="TotalHits">How many records matched (ours only: FTS5 is not asked to count).</param>
/// <param name="Error">The engine's error, if it refused the query.</param>
/// <param name="JudgedInTop">For a judged query, how many of the top 10 have a judgement; else null.</param>
internal sealed record EngineResult(int? Rank, double? Ndcg, IReadOnlyList<string> Top, int? TotalHits = null, string? Error = null, int? JudgedInTop = null);
