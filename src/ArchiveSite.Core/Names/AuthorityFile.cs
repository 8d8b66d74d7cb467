using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Names;

/// <summary>
/// The names authority's file format, <c>{"people":[{"id":…,"name":…,"family":…,"variants":[…]}]}</c>:
/// reading it strictly, and saying exactly what is wrong when it cannot be read.
/// </summary>
internal static partial class AuthorityFile
{
    private static readonly JsonSerializerOptions FileOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>
    /// The people of an authority file. Unknown properties are refused rather than ignored: a
    /// misspelt "variant" would otherwise drop an archivist's spellings without a word.
    /// </summary>
    internal static IReadOnlyList<Person> ReadPeople(Stream json, string source)
    {
        FileShape? file;
        try
        {
            file = JsonSerializer.Deserialize<FileShape>(json, FileOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}" : "";
            var what = ex.Message.Contains("could not be mapped", StringComparison.Ordinal) && ex.Path is { } path
                ? $"'{path[(path.LastIndexOf('.') + 1)..]}' is not part of the format (the file has \"people\"; a person has \"id\", \"name\", \"family\", \"variants\", \"description\", \"dates\" and \"roles\"; \"_comment\" is allowed anywhere)."
                : FirstSentence(ex.Message);
            throw new InvalidDataException($"{Capitalized(source)} is not valid{where}: {what} Expected {{\"people\": [{{\"id\": \"kim_il_sung\", \"name\": \"Kim Il Sung\", \"variants\": [\"Kim Il-sung\", \"Ким Ир Сен\"]}}]}}.", ex);
        }

        if (file?.People is null)
        {
            throw new InvalidDataException($"{Capitalized(source)} has no \"people\" list.");
        }

        var people = new List<Person>();
        for (var i = 0; i < file.People.Count; i++)
        {
            var entry = file.People[i];
            if (string.IsNullOrWhiteSpace(entry.Id) || !IdRegex().IsMatch(entry.Id))
            {
                throw new InvalidDataException($"{Capitalized(source)}: person {i + 1} has the id '{entry.Id}'; ids are letters, digits and underscores, e.g. kim_il_sung.");
            }

            var name = string.IsNullOrWhiteSpace(entry.Name) ? null : entry.Name.Trim();
            var variants = (entry.Variants ?? []).Append(name ?? "").Select(v => v.Trim()).Where(v => v.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            var family = string.IsNullOrWhiteSpace(entry.Family) ? null : entry.Family.Trim();
            people.Add(new Person(entry.Id, name ?? entry.Id, variants)
            {
                NameGiven = name is not null,
                Family = family,
                Description = Text(entry.Description),
                Dates = Text(entry.Dates),
                Roles = (entry.Roles ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).ToArray(),
            });
        }

        return people;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex IdRegex();

    // "_comment" is welcome anywhere an archivist wants to leave a note.
    private sealed record FileShape(List<AuthorityEntry>? People, [property: System.Text.Json.Serialization.JsonPropertyName("_comment")] string? Comment = null);

    private sealed record AuthorityEntry(string? Id, string? Name, List<string>? Variants, string? Family = null,
        string? Description = null, string? Dates = null, List<string>? Roles = null, [property: System.Text.Json.Serialization.JsonPropertyName("_comment")] string? Comment = null);
}
