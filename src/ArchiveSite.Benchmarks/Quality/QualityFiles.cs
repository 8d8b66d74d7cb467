using System.Text.Json;
using ArchiveSite.Benchmarks.Peer;

namespace ArchiveSite.Benchmarks.Quality;

/// <summary>The files of a quality run's folder, which the verbs and <c>tests/quality/run.sh</c> share.</summary>
internal static class QualityFiles
{
    /// <summary>The records as CSV for SQLite, and the database built from them: the peer's (tests/load/fts5-db.sh).</summary>
    public const string Records = PeerCommand.RecordsFile, Database = PeerCommand.DatabaseFile;

    /// <summary>What the quality verb writes: what was run, the queries, our answers, the SQL for FTS5.</summary>
    public const string Run = "run.json", Queries = "queries.jsonl", Ours = "ours.jsonl", Fts5Sql = "fts5-quality.sql";

    /// <summary>What the script has the SQLite CLI write.</summary>
    public const string Fts5Log = "fts5-quality.log";

    /// <summary>What the report writes: per query and engine, the ranks and top 10; the tables; the pooled records not judged yet.</summary>
    public const string Results = "results.jsonl", Report = "report.md", Unjudged = "unjudged.tsv";

    /// <summary>One JSON object a line, compact.</summary>
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    /// <summary>Writes <paramref name="items"/> one JSON object a line.</summary>
    public static void WriteLines<T>(string path, IEnumerable<T> items) =>
        File.WriteAllLines(path, items.Select(item => JsonSerializer.Serialize(item, Json)));

    /// <summary>Reads back what <see cref="WriteLines"/> wrote.</summary>
    public static List<T> ReadLines<T>(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<T>(l, Json) ?? throw new InvalidDataException($"{path}: an empty line of JSON."))
            .ToList();
}
