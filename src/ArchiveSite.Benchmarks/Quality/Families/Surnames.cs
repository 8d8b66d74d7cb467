using System.Text.Json;

namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// Surnames from the FRUS volumes' lists of names (<c>frus-persons.jsonl</c>, one JSON object a
/// line with a <c>name</c> such as <c>"Arbenz Guzman, Jacobo"</c>): each capitalised word of at
/// least four letters before the comma, lowercased. Entries without a comma are notes, not people.
/// </summary>
internal static class Surnames
{
    /// <summary>The surnames of the lines' names.</summary>
    public static IReadOnlySet<string> Read(IEnumerable<string> jsonLines)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in jsonLines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            using var entry = JsonDocument.Parse(line);
            var name = entry.RootElement.TryGetProperty("name", out var value) ? value.GetString() : null;
            var comma = name?.IndexOf(',', StringComparison.Ordinal) ?? -1;
            if (comma <= 0)
            {
                continue;
            }

            foreach (var word in name![..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length >= ProperNouns.MinLetters && WordIndex.IsCapitalised(word))
                {
                    surnames.Add(word.ToLowerInvariant());
                }
            }
        }

        return surnames;
    }
}
