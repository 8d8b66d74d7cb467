using System.Text.RegularExpressions;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Search.Indexing;

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

    internal const char Separator = '\u001F';

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
}
