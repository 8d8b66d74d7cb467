using System.Text;

namespace ArchiveSite.Core.Names.Lists;

/// <summary>
/// Gathers the entries of many volumes' lists into people. Entries are one person when their
/// family names are the same and their given names agree word by word (<see cref="PrintedName.Compatible"/>);
/// two Dulles, John Foster and Allen W., stay two. An entry that agrees with several people is
/// given to the one the volume's own id already names, or kept apart: a wrong merge would put
/// one man's documents on another's page. An entry with no given names ("Stalin") joins the only
/// person of that family, or stays apart when there are several.
/// </summary>
public static class ListedPeople
{
    /// <summary>The people of <paramref name="entries"/>; notes ("Note:", an editor's note, no id) are left out. Authority people keep their ids.</summary>
    public static IReadOnlyList<ListedPerson> Group(IEnumerable<ListedEntry> entries, IReadOnlyList<Person> authority)
    {
        var groups = new List<List<ListedRole>>();
        var byFamily = new Dictionary<string, List<List<ListedRole>>>(StringComparer.Ordinal);
        var roles = entries.Where(e => !IsNote(e))
            .Select(e => new ListedRole(e.Volume, PrintedName.Read(e.Name), e.Description, e.Id))
            .ToArray();

        foreach (var role in roles.Where(r => r.Printed.GivenParts.Count > 0))
        {
            var family = byFamily.TryGetValue(role.Printed.FamilyKey, out var known) ? known : byFamily[role.Printed.FamilyKey] = [];
            var agreeing = family.Where(g => g.All(r => PrintedName.Compatible(r.Printed.GivenParts, role.Printed.GivenParts))).ToArray();
            var chosen = agreeing.Length == 1 ? agreeing[0]
                : agreeing.Where(g => role.VolumeId.Length > 0 && g.Any(r => r.VolumeId == role.VolumeId)).ToArray() is [var byId] ? byId
                : null;
            if (chosen is null)
            {
                chosen = [];
                family.Add(chosen);
                groups.Add(chosen);
            }

            chosen.Add(role);
        }

        foreach (var role in roles.Where(r => r.Printed.GivenParts.Count == 0))
        {
            var family = byFamily.TryGetValue(role.Printed.FamilyKey, out var known) ? known : byFamily[role.Printed.FamilyKey] = [];
            var alone = family.Where(g => g.All(r => r.Printed.GivenParts.Count == 0)).ToArray();
            var chosen = family.Count == 1 ? family[0] : alone.FirstOrDefault();
            if (chosen is null)
            {
                chosen = [];
                family.Add(chosen);
                groups.Add(chosen);
            }

            chosen.Add(role);
        }

        var ids = new HashSet<string>(authority.Select(p => p.Id), StringComparer.Ordinal);
        var adopted = new HashSet<string>(StringComparer.Ordinal);
        var people = new List<ListedPerson>();
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(r => r.Volume, StringComparer.Ordinal).ThenBy(r => r.Printed.Printed, StringComparer.Ordinal).ToArray();
            var main = ordered.GroupBy(r => r.Printed.Natural, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().First();
            var name = main.Printed.Natural;
            // Two people of the lists the authority would both claim (a family name alone beside a full one) keep one the id.
            var id = AuthorityId(ordered, authority) is { } known && adopted.Add(known) ? known : Unique(NewId(main), ids);
            people.Add(new ListedPerson(id, name, ordered[0].Printed.Family, ordered));
        }

        return people.OrderBy(p => p.Id, StringComparer.Ordinal).ToArray();
    }

    /// <summary>Lines that describe the list rather than a person: "Note:", "Editor’s Note", or no id at all.</summary>
    internal static bool IsNote(ListedEntry entry) =>
        entry.Id.Length == 0 || entry.Name.EndsWith(':') || entry.Name.Contains("Note", StringComparison.Ordinal) && !entry.Name.Contains(',', StringComparison.Ordinal);

    /// <summary>
    /// The authority's id when it knows this person: a printing is one of its spellings ("Mao
    /// Tse-tung"), or the family names are the same and the given names agree ("Molotov,
    /// Vyacheslav Mikhailovich" and Vyacheslav Molotov).
    /// </summary>
    private static string? AuthorityId(IReadOnlyList<ListedRole> roles, IReadOnlyList<Person> authority)
    {
        var spellings = roles.Select(r => NameAuthority.SpellingKey(r.Printed.Natural)).ToHashSet(StringComparer.Ordinal);
        if (authority.FirstOrDefault(p => p.Variants.Any(v => spellings.Contains(NameAuthority.SpellingKey(v)))) is { } named)
        {
            return named.Id;
        }

        return authority.FirstOrDefault(p => p.Family is { } family && p.Given is { } given
            && PrintedName.Fold(family) == roles[0].Printed.FamilyKey
            && roles.All(r => r.Printed.GivenParts.Count == 0 || PrintedName.Compatible(PrintedName.Read($"{family}, {given}").GivenParts, r.Printed.GivenParts)))?.Id;
    }

    /// <summary>The family name and the first given name, in letters, digits and underscores: <c>khrushchev_nikita</c>.</summary>
    private static string NewId(ListedRole main) =>
        main.Printed.GivenParts.FirstOrDefault() is { } first ? $"{Slug(main.Printed.FamilyKey)}_{Slug(first)}" : Slug(main.Printed.FamilyKey);

    private static string Unique(string id, HashSet<string> taken)
    {
        var candidate = id.Length == 0 ? "person" : id;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{id}_{n}";
        }

        return candidate;
    }

    /// <summary>A folded name as an id: its letters and digits, every other run of characters one <paramref name="separator"/>.</summary>
    internal static string Slug(string folded, char separator = '_')
    {
        var slug = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != separator)
            {
                slug.Append(separator);
            }
        }

        return slug.ToString().Trim(separator);
    }
}
