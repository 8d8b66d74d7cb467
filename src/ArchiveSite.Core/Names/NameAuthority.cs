using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Names;

/// <summary>
/// The people of the archive under all their names. Applied at index time (each record is tagged
/// with the people it mentions, however written) and at query time (a name in a query searches the
/// tag), so "Kim Il Sung" and "Kim II Sung" find the same records. Built once; thread-safe.
/// </summary>
public sealed partial class NameAuthority
{
    /// <summary>
    /// Every variant in one compiled pattern, built at its first use: compiling it is most of what
    /// loading the authority costs, and a site start (which only opens a persisted index) need not
    /// wait for it.
    /// </summary>
    private readonly Lazy<Regex> _mentions;
    private readonly Dictionary<string, Person> _bySpelling = new(StringComparer.Ordinal);
    private readonly (Regex Whole, Person Person)[] _variants;
    private string? _fingerprint;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly int _prefixLength;

    /// <summary>
    /// Builds the authority from a list of people. A spelling claimed by two people is refused:
    /// the authority could not say whom a record means.
    /// </summary>
    public NameAuthority(IReadOnlyList<Person> people)
    {
        CheckUnambiguous(people);
        CheckFamilyNames(people);
        People = people;
        var alternatives = new List<(string Pattern, int Length, Person Person, string Key)>();
        foreach (var person in people)
        {
            foreach (var variant in person.Variants.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                alternatives.Add((VariantPattern(variant), variant.Length, person, SpellingKey(variant)));
            }
        }

        // Longest first, so "Kim Il Sung" wins over a shorter variant at the same place. The
        // alternatives are not capturing groups (a group per variant kept the regex engine from
        // merging their common prefixes and cost a walk over every group per match): whose name
        // matched is looked up by the matched text's spelling key instead.
        var ordered = alternatives.OrderByDescending(a => a.Length).ToArray();
        foreach (var alternative in ordered)
        {
            _bySpelling.TryAdd(alternative.Key, alternative.Person);
        }

        // Every mention starts with the first letters of a variant's first word, as keyed.
        _prefixLength = Math.Max(1, Math.Min(3, ordered.Select(a => a.Key.Split(' ')[0].Length).DefaultIfEmpty(1).Min()));
        _prefixes = ordered.Select(a => a.Key).Where(k => k.Length >= _prefixLength).Select(k => k[.._prefixLength])
            .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _variants = ordered.Select(a => (new Regex($"^(?:{a.Pattern})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), a.Person)).ToArray();
        var body = string.Join('|', ordered.Select(a => a.Pattern).Distinct(StringComparer.Ordinal));
        _mentions = new Lazy<Regex>(() => new Regex(@"\G(?<![\p{L}\p{N}])(?:" + (body.Length == 0 ? "(?!)" : body) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture));
    }

    /// <summary>A letter as the matching rules compare it: lowercased, and I, l and 1 as one (<see cref="VariantPattern"/>).</summary>
    private static char Fold(char c) => IsIl1(c) ? 'l' : char.ToLowerInvariant(c);

    private static bool IsIl1(char c) => c is 'I' or 'i' or 'l' or 'L' or '1';

    /// <summary>
    /// What a spelling comes to under the matching rules of <see cref="VariantPattern"/>: words
    /// split at spaces and hyphens, lowercased, the letters I, l and 1 as one.
    /// </summary>
    internal static string SpellingKey(string spelling)
    {
        var key = new StringBuilder(spelling.Length);
        var gap = false;
        foreach (var c in spelling)
        {
            if (char.IsWhiteSpace(c) || c == '-')
            {
                gap = key.Length > 0;
                continue;
            }

            if (gap)
            {
                key.Append(' ');
                gap = false;
            }

            key.Append(Fold(c));
        }

        return key.ToString();
    }

    /// <summary>Everyone in the authority.</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>
    /// A hash of every person, name and variant: an index built with another authority finds other
    /// people, so a persisted index records this and is rebuilt when it differs.
    /// </summary>
    public string Fingerprint => _fingerprint ??= Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join('\n', People.Select(p => $"{p.Id}\t{p.Name}\t{string.Join('\t', p.Variants)}")))))[..16]
        + (Lists.Fingerprint.Length == 0 ? "" : "-" + Lists.Fingerprint);

    /// <summary>
    /// The volumes' own lists of names and terms (FRUS), when configured: their people are tagged
    /// in their volumes' records beside the authority's (<see cref="MentionsIn"/>), but a query's
    /// words are never rewritten to them, so a search for a word ranks as it did without them.
    /// </summary>
    public Lists.NameLists Lists { get; private init; } = Names.Lists.NameLists.Empty;

    /// <summary>This authority with <paramref name="lists"/> beside it.</summary>
    public NameAuthority WithLists(Lists.NameLists lists) => new(People) { Lists = lists };

    /// <summary>
    /// Every person a record's <paramref name="text"/> names: the authority's, and the people of its
    /// volume's list (<see cref="Lists"/>) where no authority name stands already.
    /// </summary>
    public IEnumerable<NameMention> MentionsIn(Documents.ArchiveDocument document, string text)
    {
        var known = FindMentions(text).ToList();
        if (Lists.People.Count == 0)
        {
            return known;
        }

        var listed = Lists.FindMentions(Names.Lists.NameLists.VolumeOf(document), text)
            .Where(m => !known.Any(k => m.Start < k.Start + k.Length && k.Start < m.Start + m.Length));
        return known.Concat(listed).OrderBy(m => m.Start).ToArray();
    }

    /// <summary>
    /// The family names of everyone known, of the authority and of the lists, lowercased single
    /// words of six letters or more ("khrushchev", "gromyko"): what a misspelt name is compared with.
    /// </summary>
    internal IReadOnlyList<string> FamilyNames => _familyNames ??= People.Select(p => p.Family ?? p.Name)
        .Concat(Lists.People.Select(p => p.Family))
        .Select(f => f.ToLowerInvariant())
        .Where(f => f.Length >= 6 && f.All(char.IsLetter))
        .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private IReadOnlyList<string>? _familyNames;

    /// <summary>The person with this id, of the authority or of the lists; null when neither has one.</summary>
    public Person? Find(string id) => People.FirstOrDefault(p => p.Id == id) ?? Lists.Find(id)?.AsPerson();

    /// <summary>The authority shipped with the site (<c>Names/people.json</c>).</summary>
    public static NameAuthority Default { get; } = LoadDefault();

    /// <summary>Every mention of a person in <paramref name="text"/>, left to right, never overlapping.</summary>
    public IEnumerable<NameMention> FindMentions(string text)
    {
        // The regex would try its whole alternation at every character; only a word whose first
        // letters begin some variant can start a mention, so it is tried there alone (\G).
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))
                || i + _prefixLength > text.Length || !StartsLikeAVariant(text.AsSpan(i, _prefixLength)))
            {
                continue;
            }

            var match = _mentions.Value.Match(text, i);
            if (match.Success)
            {
                yield return new NameMention(PersonOf(match), match.Index, match.Length, match.Value);
                i = match.Index + match.Length - 1;
            }
        }
    }

    /// <summary>
    /// The person <paramref name="text"/> names when it is one of their names and nothing more
    /// ("Kim II Sung", not "Kim II Sung's telegram"); null otherwise.
    /// </summary>
    public Person? Whole(string text) =>
        FindMentions(text).FirstOrDefault() is { Start: 0 } mention && mention.Length == text.Length ? mention.Person : null;

    /// <summary>True when <paramref name="start"/>, folded, begins some variant: checked at every word, so nothing is allocated.</summary>
    private bool StartsLikeAVariant(ReadOnlySpan<char> start)
    {
        Span<char> key = stackalloc char[start.Length];
        for (var i = 0; i < start.Length; i++)
        {
            key[i] = Fold(start[i]);
        }

        return _prefixes.Contains(key);
    }

    /// <summary>Reads an authority file: <c>{"people":[{"id":…,"name":…,"variants":[…]}]}</c>.</summary>
    public static NameAuthority Load(Stream json) => new(AuthorityFile.ReadPeople(json, "the names authority"));

    /// <summary>
    /// This authority extended by an archivist's file in the same format: a person with a new id
    /// is added; one with a known id gets the file's variants too (and its name, when given, as the
    /// preferred form). Nothing is taken away, so a local file can only widen searches.
    /// </summary>
    public NameAuthority Extend(IReadOnlyList<Person> additions)
    {
        var people = People.ToList();
        foreach (var addition in additions)
        {
            var known = people.FindIndex(p => string.Equals(p.Id, addition.Id, StringComparison.Ordinal));
            if (known < 0)
            {
                people.Add(addition);
                continue;
            }

            var current = people[known];
            people[known] = current with
            {
                Name = addition.NameGiven ? addition.Name : current.Name,
                // A new preferred form brings its own family name, or none: the old one may not be part of it.
                Family = addition.Family ?? (addition.NameGiven ? null : current.Family),
                Variants = current.Variants.Concat(addition.Variants).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
                Description = addition.Description ?? current.Description,
                Dates = addition.Dates ?? current.Dates,
                Roles = addition.Roles.Count > 0 ? addition.Roles : current.Roles,
            };
        }

        return new NameAuthority(people);
    }

    /// <summary>The shipped authority extended by the file at <paramref name="path"/> (see <see cref="Extend"/>).</summary>
    public static NameAuthority LoadExtended(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The names authority file '{path}' does not exist.");
        }

        using var stream = File.OpenRead(path);
        return Default.Extend(AuthorityFile.ReadPeople(stream, $"The names authority file '{path}'"));
    }

    /// <summary>
    /// The authority a site is configured with: the shipped one, extended by <paramref name="namesPath"/>
    /// when given, with the volumes' lists read from <paramref name="personLists"/> and
    /// <paramref name="termLists"/> (<see cref="Names.Lists.NameLists.Load"/>) beside it.
    /// </summary>
    public static NameAuthority Configured(string? namesPath, IReadOnlyList<string> personLists, IReadOnlyList<string> termLists)
    {
        var names = string.IsNullOrWhiteSpace(namesPath) ? Default : LoadExtended(namesPath);
        return personLists.Count + termLists.Count == 0 ? names : names.WithLists(Names.Lists.NameLists.Load(personLists, termLists, names.People));
    }

    private static void CheckUnambiguous(IReadOnlyList<Person> people)
    {
        var owners = new Dictionary<string, Person>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            foreach (var variant in person.Variants)
            {
                // Spellings that differ only in spaces and hyphens are one to the matcher, so they are one here.
                var key = string.Join(' ', variant.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));
                if (owners.TryGetValue(key, out var owner) && owner.Id != person.Id)
                {
                    throw new InvalidDataException($"The names authority gives the spelling '{variant}' to both '{owner.Id}' and '{person.Id}'; a spelling may name one person only.");
                }

                owners[key] = person;
            }
        }
    }

    /// <summary>A family name must be the first or the last part of the name, or a citation could not tell the given name.</summary>
    private static void CheckFamilyNames(IReadOnlyList<Person> people)
    {
        if (people.FirstOrDefault(p => p.Family is not null && p.Given is null) is { } person)
        {
            throw new InvalidDataException($"The names authority gives '{person.Id}' the family name '{person.Family}', which is neither the first nor the last part of the name '{person.Name}'.");
        }
    }

    private Person PersonOf(Match match)
    {
        if (_bySpelling.TryGetValue(SpellingKey(match.Value), out var person))
        {
            return person;
        }

        // A case the invariant lowercase does not fold as the regex does: ask each variant, in order.
        foreach (var (whole, owner) in _variants)
        {
            if (whole.IsMatch(match.Value))
            {
                return owner;
            }
        }

        throw new InvalidOperationException($"'{match.Value}' matched no variant."); // unreachable: the mention regex is the variants' alternation
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
                pattern.Append(IsIl1(c) ? "[il1]" : Regex.Escape(c.ToString()));
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
}
