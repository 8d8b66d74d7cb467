using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Search.Results;

/// <summary>The spellings of one person found in the matching records.</summary>
/// <param name="Person">The person the query named.</param>
/// <param name="Variants">Each spelling as written, with how many matching records use it; most used first.</param>
public sealed record PersonVariants(Person Person, IReadOnlyList<VariantCount> Variants)
{
    /// <summary>Counts by person from the stored values' counts; people without a counted spelling are left out.</summary>
    internal static IReadOnlyList<PersonVariants> Count(IReadOnlyList<Person> people, IReadOnlyDictionary<string, int> counts)
    {
        var byPerson = counts
            .Select(kv => (Parts: kv.Key.Split(NameVariants.Separator, 2), Count: kv.Value))
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
