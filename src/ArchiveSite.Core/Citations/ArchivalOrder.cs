using System.Text.RegularExpressions;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Citations;

/// <summary>
/// Archival order as a string: archive, fond, opis, delo, papka and the first list of a reference,
/// each number padded so that ordinal string order is the order of the shelves (<c>Listy 9</c>
/// before <c>Listy 10</c> before <c>Listy 100</c>, <c>Fond 59</c> before <c>Fond 059a</c>).
/// One string serves as an index sort key and as a comparison within one file, so both agree.
/// </summary>
public static partial class ArchivalOrder
{
    // Levels are joined with a character below every printable one, so a reference that stops at
    // the delo sorts before the same delo with a papka or listy ("missing" is "first").
    private const char Separator = '\u0001';

    private static readonly ArchivalLevelKind[] Kinds =
        [ArchivalLevelKind.Fond, ArchivalLevelKind.Opis, ArchivalLevelKind.Delo, ArchivalLevelKind.Papka, ArchivalLevelKind.Listy];

    [GeneratedRegex(@"^(?<n>\d+)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNumberRegex();

    /// <summary>The sort key of a record's first reference, or null for a record without references (they sort last).</summary>
    public static string? KeyOf(Citation citation) => citation.References.Count == 0 ? null : Key(citation.References[0]);

    /// <summary>The sort key of one reference: archive, then each level in shelf order, numbers padded.</summary>
    public static string Key(ArchivalReference reference) =>
        string.Join(Separator, new[] { reference.Archive.Trim().ToUpperInvariant() }.Concat(Kinds.Select(kind => Part(reference[kind], kind))));

    /// <summary>
    /// The file (delo) a reference belongs to, as the delo facet writes it: the archive and the
    /// levels down to the delo, <c>APRF, Fond 45, Opis 1, Delo 347</c>; null when it names no delo.
    /// The records of one file are the records with that facet value, so this must write exactly
    /// what <c>Facets</c>' DeloLabel writes (ArchiveSearcherRelationsTests finds no file otherwise);
    /// the facet could call this once the branches meet.
    /// </summary>
    public static string? FileOf(ArchivalReference reference) =>
        reference[ArchivalLevelKind.Delo] is null
            ? null
            : string.Join(", ", new[] { reference.Archive }.Concat(reference.Levels.TakeWhile(l => l.Kind <= ArchivalLevelKind.Delo).Select(l => l.Canonical)));

    /// <summary>
    /// One level's part of the key. Numbers are padded to ten digits and keep what follows
    /// (<c>059a</c> → <c>0000000059a</c>); of listy only the first is kept (<c>90-91</c> → 90), since
    /// a record is shelved where it starts. Values without a leading number sort after numbered ones.
    /// </summary>
    internal static string Part(string? value, ArchivalLevelKind kind)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "";
        }

        var match = LeadingNumberRegex().Match(value.Trim());
        if (!match.Success)
        {
            return "~" + value.Trim().ToLowerInvariant();
        }

        // Leading zeros are not significant on the shelf (059a is fond 59a); ten digits cover any real number.
        var digits = match.Groups["n"].Value.TrimStart('0').PadLeft(10, '0');
        var rest = kind == ArchivalLevelKind.Listy ? "" : match.Groups["rest"].Value.ToLowerInvariant();
        return digits + rest;
    }
}
