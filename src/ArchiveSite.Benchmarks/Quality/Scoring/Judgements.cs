using System.Globalization;

namespace ArchiveSite.Benchmarks.Quality.Scoring;

/// <summary>
/// The topical queries' relevance judgements (<c>tests/quality/judgements.tsv</c>): lines of
/// query, record id and grade (2 about the topic, 1 partly about it or mentions it substantively,
/// 0 not about it), tab-separated; lines starting with <c>#</c> and the header line are not judgements.
/// </summary>
internal static class Judgements
{
    /// <summary>The header line.</summary>
    public const string Header = "query\tid\tgrade";

    /// <summary>Grades by record id, by query; throws, naming the line, on a malformed or repeated judgement.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Parse(IEnumerable<string> lines)
    {
        var judged = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#') || line == Header)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var grade) || grade > 2)
            {
                throw new FormatException($"Line {number}: expected query<TAB>id<TAB>grade (0, 1 or 2), got '{line}'.");
            }

            var grades = judged.TryGetValue(fields[0], out var found) ? found : judged[fields[0]] = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!grades.TryAdd(fields[1], grade))
            {
                throw new FormatException($"Line {number}: '{fields[1]}' is judged twice for '{fields[0]}'.");
            }
        }

        return judged.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)kv.Value, StringComparer.Ordinal);
    }
}
