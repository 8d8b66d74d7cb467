using System.Globalization;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Every facet, in the order shown: the one place their configuration lives (as Blacklight keeps
/// its field configuration). Values are the display text itself, so a facet link is readable.
/// </summary>
public static class Facets
{
    /// <summary>The facets, in display order.</summary>
    public static IReadOnlyList<FacetDimension> All { get; } =
    [
        new("year", "Year", d => d.Date is { } date ? [date.Start.Year.ToString(CultureInfo.InvariantCulture)] : [], Chronological: true),
        new("month", "Month", d => d.Date is { Precision: not DatePrecision.Year } date ? [date.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)] : [], Chronological: true),
        new("language", "Original language", d => [d.OriginalLanguage]),
        new("archive", "Archive", d => d.Citation.References.Select(r => r.Archive).Where(IsShortArchiveName)),
        new("fond", "Fond", d => d.Citation.References.Where(r => r[ArchivalLevelKind.Fond] is not null).Select(r => $"{r.Archive}, Fond {r[ArchivalLevelKind.Fond]}")),
        new("delo", "Delo", d => d.Citation.References.Where(r => r[ArchivalLevelKind.Delo] is not null).Select(DeloLabel)),
        new("sender", "From", d => CorrespondentsOf(d).Senders),
        new("recipient", "To", d => CorrespondentsOf(d).Recipients),
        new("via", "Via", d => CorrespondentsOf(d).Intermediaries),
    ];

    /// <summary>The facet with this key, or null.</summary>
    public static FacetDimension? Find(string key) => All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    /// <summary>How a facet value is shown: months as "November 1950", everything else as stored.</summary>
    public static string DisplayValue(string key, string value) =>
        key == "month" && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : value;

    private static Correspondents CorrespondentsOf(ArchiveDocument document) =>
        Correspondents.FromTitle(document.Title, NameAuthority.Default);

    private static string DeloLabel(ArchivalReference r) =>
        string.Join(", ", new[] { r.Archive }.Concat(r.Levels.TakeWhile(l => l.Kind <= ArchivalLevelKind.Delo).Select(l => l.Canonical)));

    /// <summary>
    /// Archive acronyms and short names (APRF, AVPRF, RGASPI) are facet values; a FRUS collection
    /// note ("Department of State, Central Files, 611.61/1–2455") is a reference, not an archive to group by.
    /// </summary>
    private static bool IsShortArchiveName(string archive) => archive.Length is > 0 and <= 40 && !archive.Contains(',', StringComparison.Ordinal);
}
