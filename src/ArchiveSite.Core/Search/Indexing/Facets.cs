using System.Globalization;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Every facet, in the order shown: the one place their configuration lives (as Blacklight keeps
/// its field configuration). Values are the display text itself, so a facet link is readable.
/// </summary>
public static class Facets
{
    /// <summary>The facets, in display order.</summary>
    public static IReadOnlyList<FacetDimension> All { get; } =
    [
        new("year", "Year", (d, _) => d.Date is { } date ? [date.Start.Year.ToString(CultureInfo.InvariantCulture)] : [], Chronological: true),
        new("month", "Month", (d, _) => d.Date is { Precision: not DatePrecision.Year } date ? [date.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)] : [], Chronological: true),
        new("language", "Original language", (d, _) => [d.OriginalLanguage]),
        new("archive", "Archive", (d, _) => d.Citation.References.Select(r => r.Archive).Where(IsShortArchiveName)),
        new("fond", "Fond", (d, _) => d.Citation.References.Where(r => r[ArchivalLevelKind.Fond] is not null).Select(r => $"{r.Archive}, Fond {r[ArchivalLevelKind.Fond]}")),
        new("delo", "Delo", (d, _) => d.Citation.References.Where(r => r[ArchivalLevelKind.Delo] is not null).Select(DeloLabel)),
        new("sender", "From", (d, names) => Correspondents.FromTitle(d.Title, names).Senders),
        new("recipient", "To", (d, names) => Correspondents.FromTitle(d.Title, names).Recipients),
        new("via", "Via", (d, names) => Correspondents.FromTitle(d.Title, names).Intermediaries),
    ];

    /// <summary>The facet with this key, or null.</summary>
    public static FacetDimension? Find(string key) => All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    /// <summary>How a facet value is shown: months as "November 1950", everything else as stored.</summary>
    public static string DisplayValue(string key, string value) =>
        key == "month" && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            ? month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)
            : value;

    private static string DeloLabel(ArchivalReference r) =>
        string.Join(", ", new[] { r.Archive }.Concat(r.Levels.TakeWhile(l => l.Kind <= ArchivalLevelKind.Delo).Select(l => l.Canonical)));

    /// <summary>
    /// Archive acronyms and short names (APRF, AVPRF, RGASPI, "Department of Defense Files") are
    /// facet values; a FRUS collection note ("Department of State, Central Files, 611.61/1–2455")
    /// is a reference, not an archive to group by, and neither is a file number split off one
    /// ("033.9411/10–1254: Telegram"): archive names have no digits.
    /// </summary>
    private static bool IsShortArchiveName(string archive) =>
        archive.Length is > 0 and <= 40 && !archive.Contains(',', StringComparison.Ordinal) && !archive.Any(char.IsDigit);
}
