using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Citations;

/// <summary>
/// Someone a citation names: a person of the names authority, in its preferred form and with
/// family and given names when the authority says which is which, or anyone else (an office, an
/// institution, a person the authority does not know) as a name kept whole, as the title writes it.
/// </summary>
/// <param name="Name">The name in reading order: <c>Joseph Stalin</c>, <c>Kim Il Sung</c>, <c>Department of State</c>.</param>
/// <param name="Family">The family name of a person, or null for a name kept whole.</param>
/// <param name="Given">The given names of a person, or null for a name kept whole.</param>
/// <param name="FamilyFirst">True when the family name comes first in reading order (<c>Kim Il Sung</c>).</param>
public sealed record CitationName(string Name, string? Family = null, string? Given = null, bool FamilyFirst = false)
{
    /// <summary>True for a person with family and given names; false for a name kept whole.</summary>
    public bool IsPerson => Family is not null && Given is not null;

    /// <summary>
    /// The name as reference files and catalogues file it: <c>Stalin, Joseph</c>, <c>Kim, Il Sung</c>
    /// (RIS, Dublin Core and Highwire read "Family, Given"), or a name kept whole.
    /// </summary>
    public string Filed => IsPerson ? $"{Family}, {Given}" : Name;

    /// <summary>
    /// The name leading a bibliography entry (Chicago, MLA): <c>Stalin, Joseph</c>; a name whose
    /// family name comes first is not inverted (<c>Kim Il Sung</c>, Chicago 8.15); a name kept whole as it is.
    /// </summary>
    public string Inverted => IsPerson && !FamilyFirst ? Filed : Name;

    /// <summary>APA's form, the family name and initials: <c>Stalin, J.</c>, <c>Kim, I. S.</c>; a name kept whole as it is.</summary>
    public string WithInitials => IsPerson
        ? $"{Family}, {string.Join(" ", Given!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Initials))}"
        : Name;

    /// <summary>
    /// A correspondent as a title gives it (<see cref="Documents.Correspondents"/>): a person the
    /// authority knows, with the family name it gives; anyone else whole, without a leading "the",
    /// which reference lists would otherwise file under T ("the Embassy in Italy" is <c>Embassy in Italy</c>).
    /// </summary>
    public static CitationName Of(string correspondent, NameAuthority names)
    {
        if (names.Whole(correspondent) is { } person)
        {
            return person.Given is { Length: > 0 } given
                ? new CitationName(person.Name, person.Family, given, person.FamilyFirst)
                : new CitationName(person.Name);
        }

        return new CitationName(correspondent.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? correspondent[4..] : correspondent);
    }

    /// <summary>"J." of Joseph, "I.-S." of Il-sung.</summary>
    private static string Initials(string word) =>
        string.Join("-", word.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + "."));
}
