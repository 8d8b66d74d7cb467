using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Names.Lists;

/// <summary>
/// Finds the people of one volume's List of Names in that volume's records. The list says who the
/// volume is about, which is what makes a bare family name safe to read: in a volume whose list
/// has one Dulles, "Dulles" is him; in one that lists two, only "John Foster Dulles" or "Allen
/// Dulles" says which, and a bare "Dulles" is left unread. A family name is matched as printed or
/// in capitals (a telegram's signature, "DULLES"), never in lower case, and given names or
/// initials before it ("Nikita S. Khrushchev") belong to the mention.
/// </summary>
internal sealed partial class VolumeMentions
{
    // Words a family name may also be: at a sentence's start they are capitalized, and no list says which is meant.
    private static readonly HashSet<string> CommonWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Long", "Young", "Rich", "Hope", "Bell", "King", "Green", "White", "Black", "Brown", "March", "May", "Price", "Page", "Bond",
        "Hall", "Case", "Gay", "Bush", "Wood", "Stone", "Field", "Fields", "Rice", "Hill", "Little", "Small", "Strong", "Grant",
        "Chase", "Day", "Best", "Bird", "Fisher", "Cook", "Mills", "Park", "Rose", "Ward", "Marshall", "Lee", "Lord", "Moon", "Law",
        "Major", "General", "Home", "Dean", "Gross", "Love", "Ball", "Wells", "Waters", "Burns", "Hunt", "Power", "Powers", "Read",
        "Reed", "Sharp", "Short", "Sweet", "Swift", "Noble", "North", "South", "West", "East", "Hart", "Hay", "Hood", "Key", "Lane",
        "Lamb", "Lock", "Mann", "Nash", "Pope", "Post", "Ray", "Ruby", "Sale", "Shaw", "Spring", "Tower", "Wise",
        "Chou", "Ho", "Le", "Ba", "Mao", "Ngo", "Van", "Don", "La", "De", "Ali",
    };

    private readonly Dictionary<string, List<(ListedPerson Person, PrintedName Printed)>> _byFamily = new(StringComparer.Ordinal);
    private readonly int _longestFamily;

    public VolumeMentions(IEnumerable<(ListedPerson Person, PrintedName Printed)> people)
    {
        foreach (var (person, printed) in people)
        {
            var key = PrintedName.Fold(FamilyKey(printed.Family));
            if (key.Length < 3 && !printed.FamilyFirst)
            {
                continue;
            }

            if (!_byFamily.TryGetValue(key, out var list))
            {
                _byFamily[key] = list = [];
            }

            if (list.All(p => p.Person.Id != person.Id))
            {
                list.Add((person, printed));
            }
        }

        _longestFamily = _byFamily.Keys.Select(k => k.Count(c => c == ' ') + 1).DefaultIfEmpty(1).Max();
    }

    [GeneratedRegex(@"\p{L}+(?:[-’']\p{L}+)*")]
    private static partial Regex WordRegex();

    private static string FamilyKey(string family) => string.Join(' ', family.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Every mention of the volume's people in <paramref name="text"/>, left to right, never overlapping.</summary>
    public IEnumerable<NameMention> Find(string text)
    {
        var words = WordRegex().Matches(text).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            for (var length = Math.Min(_longestFamily, words.Length - i); length >= 1; length--)
            {
                if (Read(text, words, i, length) is { } mention)
                {
                    yield return mention.Mention;
                    i = mention.Next - 1;
                    break;
                }
            }
        }
    }

    private (NameMention Mention, int Next)? Read(string text, Match[] words, int at, int length)
    {
        var end = words[at + length - 1].Index + words[at + length - 1].Length;
        var written = text[words[at].Index..end];
        if (!char.IsUpper(written[0]) || !_byFamily.TryGetValue(PrintedName.Fold(FamilyKey(written)), out var all))
        {
            return null;
        }

        // As printed, or in capitals (a telegram's signature, "DULLES"); never in lower case.
        var capitals = written.Count(char.IsLetter) > 1 && written.Where(char.IsLetter).All(char.IsUpper);
        var people = all.Where(p => FamilyKey(written) == FamilyKey(p.Printed.Family) || (capitals && FamilyKey(written) == FamilyKey(p.Printed.Family).ToUpperInvariant())).ToList();
        if (people.Count == 0)
        {
            return null;
        }

        // Family name first ("Mao Tse-tung", "Ngo Dinh Diem"): the whole printed name, or a family name alone that is a name alone.
        foreach (var (person, printed) in people.Where(p => p.Printed.FamilyFirst && p.Printed.Given.Length > 0))
        {
            var whole = printed.Natural;
            if (words[at].Index + whole.Length <= text.Length
                && NameAuthority.SpellingKey(text.Substring(words[at].Index, whole.Length)) == NameAuthority.SpellingKey(whole)
                && (words[at].Index + whole.Length == text.Length || !char.IsLetterOrDigit(text[words[at].Index + whole.Length])))
            {
                var next = Array.FindIndex(words, at, w => w.Index >= words[at].Index + whole.Length);
                return (new NameMention(person.AsPerson(), words[at].Index, whole.Length, text.Substring(words[at].Index, whole.Length)), next < 0 ? words.Length : next);
            }
        }

        var given = GivenBefore(text, words, at, people);
        var candidates = given.Person is { } named ? [named] : people.Where(p => !p.Printed.FamilyFirst || p.Printed.Given.Length == 0).Select(p => p.Person).Distinct().ToArray();
        if (candidates.Length > 1 && TitleBefore(text, words, at) is { } title)
        {
            // "Secretary Dulles" where the volume lists John Foster Dulles, Secretary of State, and
            // Allen W. Dulles, Director of Central Intelligence: the title says which, when only
            // one of them is described with it in this volume.
            var titled = people.Where(p => DescribedAs(p, title)).Select(p => p.Person).Distinct().ToArray();
            candidates = titled.Length == 1 ? titled : candidates;
        }

        // A common word alone is a name only as a signature in capitals ("MARSHALL"), and a short one never.
        if (candidates.Length != 1 || (given.Person is null && CommonWords.Contains(written) && !(capitals && written.Length >= 4)))
        {
            return null;
        }

        var start = given.Start ?? words[at].Index;
        return (new NameMention(candidates[0].AsPerson(), start, end - start, text[start..end]), at + length);
    }

    /// <summary>
    /// Given names or initials written just before the family name, when they are one person's of
    /// <paramref name="people"/> ("Allen W." before "Dulles"): where they start, and whose they are.
    /// </summary>
    private static (int? Start, ListedPerson? Person) GivenBefore(string text, Match[] words, int at, List<(ListedPerson Person, PrintedName Printed)> people)
    {
        (int? Start, ListedPerson? Person) best = (null, null);
        var parts = new List<string>();
        for (var i = at - 1; i >= 0 && at - i <= 3; i--)
        {
            var between = text[(words[i].Index + words[i].Length)..words[i + 1].Index];
            if (between.Length > 3 || between.Any(c => c is not (' ' or '.')) || !char.IsUpper(words[i].Value[0]))
            {
                break;
            }

            parts.Insert(0, PrintedName.Fold(words[i].Value));
            var owners = people.Where(p => p.Person.Roles.Any(r => r.Printed.GivenParts.Count >= parts.Count && StartsWith(r.Printed.GivenParts, parts)))
                .Select(p => p.Person).Distinct().ToArray();
            // "S." alone is no one's first name, "Nikita S." is: every length is tried, the longest that names one person kept.
            if (owners.Length == 1)
            {
                best = (words[i].Index, owners[0]);
            }
        }

        return best;
    }

    /// <summary>The capitalized word just before the family name, a title such as "Secretary" or "Director"; null when there is none.</summary>
    private static string? TitleBefore(string text, Match[] words, int at)
    {
        if (at == 0 || text[(words[at - 1].Index + words[at - 1].Length)..words[at].Index] != " ")
        {
            return null;
        }

        var word = words[at - 1].Value;
        return word.Length > 2 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) ? word : null;
    }

    /// <summary>True when the person's entry in this volume describes them with <paramref name="title"/>, as a word.</summary>
    private static bool DescribedAs((ListedPerson Person, PrintedName Printed) entry, string title)
    {
        var description = entry.Person.Roles.First(r => ReferenceEquals(r.Printed, entry.Printed)).Description;
        for (var at = description.IndexOf(title, StringComparison.Ordinal); at >= 0; at = description.IndexOf(title, at + 1, StringComparison.Ordinal))
        {
            var end = at + title.Length;
            if ((at == 0 || !char.IsLetter(description[at - 1])) && (end == description.Length || !char.IsLetter(description[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWith(IReadOnlyList<string> given, List<string> written) =>
        PrintedName.Compatible(given.Take(written.Count).ToArray(), written)
        && written.Select((w, i) => w.Length == 1 || given[i].Length > 1).All(x => x);
}
