using System.Globalization;
using ArchiveSite.Core.Collections;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Every facet, in the order shown: part of the schema (<see cref="IndexSchema"/>), each a term field
/// to filter by and doc values to count with, named <c>facet_</c> and its key. Values are the display
/// text itself, so a facet link is readable. Code that needs one facet names it (<see cref="Delo"/>),
/// never looks it up by a string.
/// </summary>
public static class Facets
{
    /// <summary>The year a record's date starts in.</summary>
    public static FacetDimension Year { get; } = new("year", "Year", (d, _) => d.Date is { } date ? [date.Start.Year.ToString(CultureInfo.InvariantCulture)] : [], Chronological: true);

    /// <summary>The month, for records dated at least to a month.</summary>
    public static FacetDimension Month { get; } = new("month", "Month", (d, _) => d.Date is { Precision: not DatePrecision.Year } date ? [date.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)] : [], Chronological: true);

    /// <summary>The original language.</summary>
    public static FacetDimension Language { get; } = new("language", "Original language", (d, _) => [d.OriginalLanguage]);

    /// <summary>The collections the citation names: a FRUS volume by its title, an archive's fond (<see cref="CollectionMemberships"/>).</summary>
    public static FacetDimension Collection { get; } = new("collection", "Collection", (d, _) => CollectionMemberships.Of(d).Select(m => m.Title));

    /// <summary>The archives the references name (short names only: see <see cref="IsShortArchiveName"/>).</summary>
    public static FacetDimension Archive { get; } = new("archive", "Archive", (d, _) => d.Citation.References.Select(r => r.Archive).Where(IsShortArchiveName));

    /// <summary>The fonds, each with its archive.</summary>
    public static FacetDimension Fond { get; } = new("fond", "Fond", (d, _) => d.Citation.References.Where(r => r[ArchivalLevelKind.Fond] is not null).Select(r => $"{r.Archive}, Fond {r[ArchivalLevelKind.Fond]}"));

    /// <summary>The files (delo) a record is filed in: the detail page lists a file's records through this term.</summary>
    public static FacetDimension Delo { get; } = new("delo", "Delo", (d, _) => d.Citation.References.Where(r => r[ArchivalLevelKind.Delo] is not null).Select(DeloLabel));

    /// <summary>Who a message is from, in the names authority's form.</summary>
    public static FacetDimension Sender { get; } = new("sender", "From", (d, names) => Correspondents.FromTitle(d.Title, names).Senders);

    /// <summary>Who it is to.</summary>
    public static FacetDimension Recipient { get; } = new("recipient", "To", (d, names) => Correspondents.FromTitle(d.Title, names).Recipients);

    /// <summary>Who it went through.</summary>
    public static FacetDimension Via { get; } = new("via", "Via", (d, names) => Correspondents.FromTitle(d.Title, names).Intermediaries);

    /// <summary>The facets, in display order.</summary>
    public static IReadOnlyList<FacetDimension> All { get; } = [Year, Month, Language, Collection, Archive, Fond, Delo, Sender, Recipient, Via];

    /// <summary>The facet with this key (from a URL: <c>f.year=1950</c>), or null.</summary>
    public static FacetDimension? Find(string key) => All.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.Ordinal));

    /// <summary>How a facet value is shown: months as "November 1950", everything else as stored.</summary>
    public static string DisplayValue(string key, string value) =>
        key == Month.Key && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
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
