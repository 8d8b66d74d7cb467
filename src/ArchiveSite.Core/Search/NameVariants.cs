using System.Text.RegularExpressions;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Search;

/// <summary>
/// How the matching records write the people a query named: "Kim Il Sung" in 2 records,
/// "Kim II Sung" in 1. The authority searches every spelling at once, so a researcher needs to
/// see which spellings the sources actually use (an OCR slip, a pseudonym such as Fyn Si) to
/// judge and cite them. Counted over every matching record from doc values, as facets are.
/// </summary>
public static partial class NameVariants
{
    /// <summary>The index field: one doc value per person and spelling a record uses.</summary>
    internal static FacetDimension Dimension { get; } = new("person_variant", "Spellings", (_, _) => []);

    private const char Separator = '\u001F';

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>
    /// The values a record stores: person id and spelling as written (runs of spaces and line
    /// breaks made one space). Spellings differing only in letter case are one ("KIM IL SUNG" in a
    /// cable's capitals is not another spelling); the first written is kept.
    /// </summary>
    internal static IEnumerable<string> ValuesOf(IEnumerable<NameMention> mentions) =>
        mentions
            .Select(m => (m.Person.Id, Text: Whitespace().Replace(m.Text, " ")))
            .DistinctBy(m => (m.Id, m.Text.ToUpperInvariant()))
            .Select(m => m.Id + Separator + m.Text);

    /// <summary>Counts by person from the stored values' counts; people without a counted spelling are left out.</summary>
    internal static IReadOnlyList<PersonVariants> Count(IReadOnlyList<Person> people, IReadOnlyDictionary<string, int> counts)
    {
        var byPerson = counts
            .Select(kv => (Parts: kv.Key.Split(Separator, 2), Count: kv.Value))
            .Where(v => v.Parts.Length == 2)
            .ToLookup(v => v.Parts[0], v => (Text: v.Parts[1], v.Count), StringComparer.Ordinal);

        return people
            .Select(person => new PersonVariants(
                person,
                byPerson[person.Id]
                    // Across records the same spelling may be written in different cases: one entry,
                    // shown in its commonest form, a cable's capitals only when no record writes otherwise.
                    .GroupBy(v => v.Text.ToUpperInvariant(), StringComparer.Ordinal)
                    .Select(g => new VariantCount(
                        g.OrderByDescending(v => v.Count)
                            .ThenBy(v => v.Text == v.Text.ToUpperInvariant())
                            .ThenBy(v => v.Text, StringComparer.Ordinal)
                            .First().Text,
                        g.Sum(v => v.Count)))
                    .OrderByDescending(v => v.Records)
                    .ThenBy(v => v.Text, StringComparer.Ordinal)
                    .ToArray()))
            .Where(p => p.Variants.Count > 0)
            .ToArray();
    }
}

/// <summary>The spellings of one person found in the matching records.</summary>
/// <param name="Person">The person the query named.</param>
/// <param name="Variants">Each spelling as written, with how many matching records use it; most used first.</param>
public sealed record PersonVariants(Person Person, IReadOnlyList<VariantCount> Variants);

/// <summary>One spelling of a name and how many matching records write it so.</summary>
/// <param name="Text">The spelling as a source writes it.</param>
/// <param name="Records">How many matching records use it.</param>
public sealed record VariantCount(string Text, int Records);
