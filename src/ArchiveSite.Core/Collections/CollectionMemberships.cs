using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Collections;

/// <summary>
/// The collections a record belongs to, read from its citation alone (a pure function, so the
/// index writes them once and every page agrees): a FRUS record belongs to its volume
/// (<c>Foreign Relations of the United States, 1964–1968, Volume XV, Germany and Berlin, Document 15</c>
/// at <c>…/historicaldocuments/frus1964-68v15/d15</c> is document 15 of <c>frus1964-68v15</c>); an
/// archival record to the fond of each of its references (<c>APRF, Fond 45, …</c> is in <c>aprf-fond-45</c>).
/// </summary>
public static partial class CollectionMemberships
{
    [GeneratedRegex(@"^(?<title>.*?)[\s,.;:]*\bDocument\s+(?<number>\d+)(?<suffix>[A-Za-z]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex VolumeDocumentRegex();

    /// <summary>Every collection <paramref name="document"/> belongs to: its volume first, then each fond its references name, each once.</summary>
    public static IReadOnlyList<CollectionMembership> Of(ArchiveDocument document) =>
        new[] { Volume(document.Citation) }.OfType<CollectionMembership>()
            .Concat(document.Citation.References.Select(Fond).OfType<CollectionMembership>())
            .DistinctBy(m => m.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// The volume a citation names with <c>…, Document N</c> where the publisher stands: its id is
    /// the volume's segment of a history.state.gov address (<c>frus1964-68v15</c>), else a slug of
    /// its title; null when the citation names no numbered document of a volume.
    /// </summary>
    public static CollectionMembership? Volume(Citation citation)
    {
        if (citation.Publisher is not { } publisher || VolumeDocumentRegex().Match(publisher) is not { Success: true } match)
        {
            return null;
        }

        var title = Clean(match.Groups["title"].Value);
        if (title.Length == 0)
        {
            return null;
        }

        var number = match.Groups["number"].Value;
        var suffix = match.Groups["suffix"].Value;
        var id = VolumeOf(citation.SourceUrl) ?? Slug(title);
        // Document numbers compare as numbers (2 before 10); a lettered insert (15a) follows its number.
        var key = number.TrimStart('0').PadLeft(10, '0') + suffix.ToLowerInvariant();
        return new CollectionMembership(id, CollectionKind.Volume, title, key, $"Document {number}{suffix}");
    }

    /// <summary>The fond a reference names (<c>APRF, Fond 45</c>, in archival order by the rest of the reference); null when it names none.</summary>
    public static CollectionMembership? Fond(ArchivalReference reference)
    {
        if (reference[ArchivalLevelKind.Fond] is not { } fond || Clean(reference.Archive) is not { Length: > 0 } archive)
        {
            return null;
        }

        var title = Clean($"{archive}, Fond {fond}");
        var place = string.Join(", ", reference.Levels.Where(l => l.Kind > ArchivalLevelKind.Fond).Select(l => Clean(l.Canonical)));
        return new CollectionMembership(Slug(title), CollectionKind.Fond, title, ArchivalOrder.Key(reference), place);
    }

    /// <summary>
    /// A readable, URL-safe id: letters and digits lowercased (any script: an archive named in
    /// Cyrillic keeps its name), every other run of characters one hyphen (<c>APRF, Fond 059a</c> →
    /// <c>aprf-fond-059a</c>). A title with no letter or digit gets a short hash of itself, so it
    /// still has an id of its own.
    /// </summary>
    public static string Slug(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var id = slug.ToString().TrimEnd('-');
        if (id.Length > MaxIdLength)
        {
            id = id[..MaxIdLength].TrimEnd('-');
        }

        return id.Length > 0 ? id : "collection-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title)))[..8];
    }

    /// <summary>The longest id, in characters.</summary>
    public const int MaxIdLength = 100;

    /// <summary>True when <paramref name="id"/> could be a collection's id (what <see cref="Slug"/> or a volume's address gives: letters, digits, '-', '.', '_', '~'); anything else is a 404 without a lookup.</summary>
    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && IsIdLetter(id[0]) && id.All(c => IsIdLetter(c) || c is '-' or '.' or '_' or '~')
        && !id.Contains("..", StringComparison.Ordinal);

    private static bool IsIdLetter(char c) => char.IsLetterOrDigit(c);

    /// <summary>The volume segment of <c>https://history.state.gov/historicaldocuments/frus1964-68v15/d15</c>; null for any other address.</summary>
    private static string? VolumeOf(string sourceUrl)
    {
        if (!Uri.TryCreate(sourceUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3 || !string.Equals(segments[^3], "historicaldocuments", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // As the address writes it (frus1952-54Guat): the id of every record of the volume begins with it.
        var volume = Uri.UnescapeDataString(segments[^2]);
        return IsWellFormed(volume) ? volume : null;
    }

    /// <summary>
    /// Runs of white space and control characters become one space (the title and place are
    /// written into one doc value with control characters as separators), and the punctuation
    /// that joined the title to what followed it goes.
    /// </summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (!space)
            {
                clean.Append(c);
            }
            else if (clean.Length > 0 && clean[^1] != ' ')
            {
                clean.Append(' ');
            }
        }

        return clean.ToString().Trim().Trim(',', ' ', ';', ':');
    }
}
