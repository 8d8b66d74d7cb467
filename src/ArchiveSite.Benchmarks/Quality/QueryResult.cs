namespace ArchiveSite.Benchmarks.Quality;

/// <summary>One query and how both engines did, a line of <c>results.jsonl</c>.</summary>
/// <param name="Key">The query's key (<c>body-run/17</c>).</param>
/// <param name="Text">The query as typed into our search.</param>
/// <param name="Relevant">The known items; empty for judged queries.</param>
/// <param name="Ours">Our search.</param>
/// <param name="Fts5">SQLite FTS5.</param>
/// <param name="Suggestion">The "did you mean" our search offered (misspelt-name only).</param>
/// <param name="SuggestionIntended">True when the offer is the spelling the query was meant to have.</param>
/// <param name="Followed">Our search's answer to the offer, when there was one.</param>
internal sealed record QueryResult(string Key, string Text, IReadOnlyList<string> Relevant, EngineResult Ours, EngineResult Fts5, string? Suggestion = null, bool? SuggestionIntended = null, EngineResult? Followed = null);
