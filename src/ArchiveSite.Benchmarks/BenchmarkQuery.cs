using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// One query of the shared set: the search as the search page sends it, and the same question in
/// SQLite FTS5's syntax for the peer comparison. Both stand side by side so the two cannot drift apart.
/// </summary>
/// <param name="Name">The case's name in every report, e.g. <c>phrase</c>.</param>
/// <param name="Request">The search as <see cref="ArchiveSearcher.Search"/> takes it: a first page of 20.</param>
/// <param name="Fts5Match">
/// The words as an FTS5 <c>MATCH</c> expression; null for a search without words. Dates and the
/// year facet are not repeated here: the peer reads them from <paramref name="Request"/>.
/// </param>
public sealed record BenchmarkQuery(string Name, SearchRequest Request, string? Fts5Match);
