using System.Text;
using ArchiveSite.Benchmarks.Quality.Families;

namespace ArchiveSite.Benchmarks.Quality;

/// <summary>
/// The FTS5 side's script for the SQLite CLI, and its output read back: per query a marker line
/// (<c>.print</c>) and the statement, whose ids the CLI prints one a line after the marker.
/// </summary>
internal static class Fts5Answers
{
    /// <summary>How deep the FTS5 ranking is read: as deep as ours is read after a miss.</summary>
    public const int Limit = 50;

    private const string Marker = "@@ ";

    /// <summary>The script: list mode (bare ids), then each query's marker and statement.</summary>
    public static string Script(IEnumerable<QualityQuery> queries)
    {
        var script = new StringBuilder(".mode list\n");
        foreach (var query in queries)
        {
            script.Append(".print ").Append(Marker).Append(query.Key).Append('\n');
            script.Append(Fts5Match.Select(query, Limit)).Append('\n');
        }

        return script.ToString();
    }

    /// <summary>The ids after each marker, by query key; a query FTS5 refused has an empty list (its error went to standard error).</summary>
    public static Dictionary<string, List<string>> Read(IEnumerable<string> lines)
    {
        var answers = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                current = answers[line[Marker.Length..]] = [];
            }
            else if (current is not null && line.Length > 0)
            {
                current.Add(line);
            }
        }

        return answers;
    }
}
