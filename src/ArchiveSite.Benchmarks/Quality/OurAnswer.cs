namespace ArchiveSite.Benchmarks.Quality;

/// <summary>Our search's answer to one query, as <c>ours.jsonl</c> keeps it.</summary>
/// <param name="Key">The query's key.</param>
/// <param name="TotalHits">How many records matched.</param>
/// <param name="Ids">The ranking's ids: the top 10, or the top 50 when no relevant record was in the top 10 (to see how far down it is).</param>
/// <param name="Error">Our search's error, for a query it could not read; else null.</param>
/// <param name="Suggestion">The "did you mean" text offered, or null (asked for misspelt-name queries only).</param>
/// <param name="SuggestedIds">The ranking of the suggestion, read as <paramref name="Ids"/>; null without one.</param>
internal sealed record OurAnswer(string Key, int TotalHits, IReadOnlyList<string> Ids, string? Error, string? Suggestion = null, IReadOnlyList<string>? SuggestedIds = null);
