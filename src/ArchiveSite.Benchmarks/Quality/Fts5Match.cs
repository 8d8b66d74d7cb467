using ArchiveSite.Benchmarks.Quality.Families;

namespace ArchiveSite.Benchmarks.Quality;

/// <summary>
/// A query in FTS5's MATCH syntax, built so nothing in a word is read as syntax: every word a
/// double-quoted string (its own quotes doubled), which FTS5 reads as its tokens in order; the
/// words side by side, which FTS5 reads as all of them (implicit AND), as our search does; a
/// quoted query as one string, a phrase. Then as an SQL literal, its single quotes doubled.
/// </summary>
internal static class Fts5Match
{
    /// <summary>The MATCH expression for <paramref name="query"/>.</summary>
    public static string Of(QualityQuery query) =>
        query.Quoted ? Quoted(string.Join(' ', query.Words)) : string.Join(' ', query.Words.Select(Quoted));

    /// <summary>The SQL statement: the top <paramref name="limit"/> ids by the table's rank (bm25, weighted as our fields).</summary>
    public static string Select(QualityQuery query, int limit) =>
        $"SELECT id FROM records_fts WHERE records_fts MATCH '{Of(query).Replace("'", "''", StringComparison.Ordinal)}' ORDER BY rank LIMIT {limit};";

    private static string Quoted(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
