using ArchiveSite.Core.Citations;

namespace ArchiveSite.Core.Selection;

/// <summary>The styles a selection prints its bibliography in: Chicago (its bibliography form), MLA and APA, as <see cref="CitationStyles"/> writes them.</summary>
public static class BibliographyStyle
{
    /// <summary>The style when none is chosen.</summary>
    public const string Default = "chicago";

    /// <summary>Each style's key (the <c>style</c> parameter), its name, and its formatter, in the order offered.</summary>
    public static IReadOnlyList<(string Key, string Label, Func<CitationContext, FormattedCitation> Format)> All { get; } =
    [
        ("chicago", "Chicago", CitationStyles.ChicagoBibliography),
        ("mla", "MLA", CitationStyles.Mla),
        ("apa", "APA", CitationStyles.Apa),
    ];

    /// <summary>The style named <paramref name="key"/> (the default when empty), or null when there is none by that name.</summary>
    public static (string Key, string Label, Func<CitationContext, FormattedCitation> Format)? Find(string? key) =>
        All.FirstOrDefault(s => s.Key == (string.IsNullOrWhiteSpace(key) ? Default : key.Trim())) is { Key: not null } style ? style : null;
}
