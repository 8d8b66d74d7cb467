using System.Text.Json;

namespace ArchiveSite.Core.Names.Lists;

/// <summary>
/// The lists' file format, JSON Lines: one object a line, with exactly the fields
/// <c>volume</c>, <c>id</c>, <c>name</c> (or <c>term</c>) and <c>description</c>, all strings.
/// Read strictly, as the names authority is: a line that is not such an object stops the start
/// with the file and line named, rather than losing a person without a word.
/// </summary>
internal static class ListFile
{
    /// <summary>The persons of a "List of Names" file (<c>frus-persons.jsonl</c>).</summary>
    public static IReadOnlyList<ListedEntry> ReadPersons(TextReader reader, string source) =>
        Read(reader, source, "name", (volume, id, name, description) => new ListedEntry(volume, id, name, description));

    /// <summary>The terms of an "Abbreviations and Terms" file (<c>frus-terms.jsonl</c>).</summary>
    public static IReadOnlyList<ListedTerm> ReadTerms(TextReader reader, string source) =>
        Read(reader, source, "term", (volume, id, term, description) => new ListedTerm(volume, id, term, description));

    /// <summary>Reads the file at <paramref name="path"/> with <paramref name="read"/>, saying which file is missing.</summary>
    public static IReadOnlyList<T> ReadFile<T>(string path, Func<TextReader, string, IReadOnlyList<T>> read)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The list file '{path}' does not exist.");
        }

        using var reader = File.OpenText(path);
        return read(reader, $"The list file '{path}'");
    }

    private static List<T> Read<T>(TextReader reader, string source, string nameField, Func<string, string, string, string, T> make)
    {
        string[] fields = ["volume", "id", nameField, "description"];
        var entries = new List<T>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            try
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw Problem(source, number, "is not a JSON object", fields);
                }

                foreach (var property in json.RootElement.EnumerateObject())
                {
                    if (!fields.Contains(property.Name, StringComparer.Ordinal))
                    {
                        throw Problem(source, number, $"has the field '{property.Name}', which is not part of the format", fields);
                    }

                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        throw Problem(source, number, $"gives '{property.Name}' as a {property.Value.ValueKind.ToString().ToLowerInvariant()}, not a string", fields);
                    }

                    values[property.Name] = property.Value.GetString()!;
                }
            }
            catch (JsonException ex)
            {
                throw Problem(source, number, $"is not valid JSON ({ex.Message.Split(" LineNumber", 2)[0].TrimEnd('.')})", fields);
            }

            if (fields.FirstOrDefault(f => !values.ContainsKey(f)) is { } missing)
            {
                throw Problem(source, number, $"has no '{missing}'", fields);
            }

            if (string.IsNullOrWhiteSpace(values["volume"]) || string.IsNullOrWhiteSpace(values[nameField]))
            {
                throw Problem(source, number, $"has an empty 'volume' or '{nameField}'", fields);
            }

            entries.Add(make(values["volume"].Trim(), values["id"].Trim(), values[nameField].Trim(), values["description"].Trim()));
        }

        return entries;
    }

    private static InvalidDataException Problem(string source, int line, string what, string[] fields) =>
        new($"{source}, line {line}, {what}. Each line is one object with the strings {string.Join(", ", fields.Select(f => $"\"{f}\""))}.");
}
