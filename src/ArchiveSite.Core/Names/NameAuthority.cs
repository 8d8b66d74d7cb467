using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Names;

/// <summary>
/// The people of the archive under all their names. Applied at index time (each record is tagged
/// with the people it mentions, however written) and at query time (a name in a query searches the
/// tag), so "Kim Il Sung" and "Kim II Sung" find the same records. Built once; thread-safe.
/// </summary>
public sealed partial class NameAuthority
{
    private readonly Regex _mentions;
    private readonly Dictionary<string, Person> _byGroup = new(StringComparer.Ordinal);

    /// <summary>Builds the authority from a list of people.</summary>
    public NameAuthority(IReadOnlyList<Person> people)
    {
        People = people;
        var alternatives = new List<(string Pattern, int Length, string Group)>();
        for (var p = 0; p < people.Count; p++)
        {
            foreach (var variant in people[p].Variants.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var group = $"p{p}v{alternatives.Count}";
                _byGroup[group] = people[p];
                alternatives.Add((VariantPattern(variant), variant.Length, group));
            }
        }

        // Longest first, so "Kim Il Sung" wins over a shorter variant at the same place.
        var body = string.Join('|', alternatives.OrderByDescending(a => a.Length).Select(a => $"(?<{a.Group}>{a.Pattern})"));
        _mentions = new Regex(@"(?<![\p{L}\p{N}])(?:" + (body.Length == 0 ? "(?!)" : body) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>Everyone in the authority.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The authority shipped with the site (<c>Names/people.json</c>).</summary>
    public static NameAuthority Default { get; } = LoadDefault();

    /// <summary>Every mention of a person in <paramref name="text"/>, left to right, never overlapping.</summary>
    public IEnumerable<NameMention> FindMentions(string text)
    {
        foreach (Match match in _mentions.Matches(text))
        {
            var person = PersonOf(match);
            yield return new NameMention(person, match.Index, match.Length, match.Value);
        }
    }

    /// <summary>Reads an authority file: <c>{"people":[{"id":…,"name":…,"variants":[…]}]}</c>.</summary>
    public static NameAuthority Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<AuthorityFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("The names authority file is empty.");
        var people = new List<Person>();
        foreach (var entry in file.People ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || !IdRegex().IsMatch(entry.Id))
            {
                throw new InvalidDataException($"A person in the names authority has the id '{entry.Id}'; ids are letters, digits and underscores.");
            }

            var variants = (entry.Variants ?? []).Append(entry.Name ?? entry.Id).Where(v => !string.IsNullOrWhiteSpace(v)).ToArray();
            people.Add(new Person(entry.Id, entry.Name ?? entry.Id, variants));
        }

        return new NameAuthority(people);
    }

    private Person PersonOf(Match match)
    {
        foreach (var (group, person) in _byGroup)
        {
            if (match.Groups[group].Success)
            {
                return person;
            }
        }

        throw new InvalidOperationException("A name matched no group."); // unreachable: every alternative is a named group
    }

    /// <summary>
    /// A variant as a pattern: words may be joined by spaces or hyphens, and the letters I, l and 1
    /// stand for one another, the commonest OCR confusion in typed transcripts ("Kim II Sung").
    /// </summary>
    internal static string VariantPattern(string variant)
    {
        var words = variant.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return string.Join(@"[\s\-]+", words.Select(word =>
        {
            var pattern = new StringBuilder();
            foreach (var c in word)
            {
                pattern.Append(c is 'I' or 'i' or 'l' or 'L' or '1' ? "[il1]" : Regex.Escape(c.ToString()));
            }

            return pattern.ToString();
        }));
    }

    private static NameAuthority LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ArchiveSite.Core.Names.people.json")
            ?? throw new InvalidOperationException("The embedded names authority is missing from the build.");
        return Load(stream);
    }

    [GeneratedRegex("^[A-Za-z0-9_]+$")]
    private static partial Regex IdRegex();

    private sealed record AuthorityFile(List<AuthorityEntry>? People);

    private sealed record AuthorityEntry(string? Id, string? Name, List<string>? Variants);
}
