using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Quotations;

/// <summary>Where in one text a quotation stands: a paragraph or note, the stretch that matches, and the differences.</summary>
/// <param name="Fragment">The place's anchor as a URL fragment: <c>p3</c>, <c>fn:17</c>.</param>
/// <param name="Label">The place for a reader: <c>¶ 3</c>, <c>note 17</c>.</param>
/// <param name="Before">The place's words before the matching stretch, white space made single spaces, none at the ends.</param>
/// <param name="Differences">The quotation against the stretch, word by word: <see cref="DiffKind.Removed"/> only in the quotation, <see cref="DiffKind.Added"/> only in the source.</param>
/// <param name="After">The place's words after the stretch.</param>
/// <param name="Source">The stretch as the source writes it, white space made single spaces.</param>
/// <param name="Alignment">How the words align, and the score.</param>
public sealed record QuotePlace(string Fragment, string Label, string Before, IReadOnlyList<DiffSegment> Differences, string After, string Source, QuoteAlignment Alignment)
{
    /// <summary>True when the stretch is the quotation character for character (white space aside).</summary>
    public bool Exact => Differences.All(d => d.Kind == DiffKind.Same);

    /// <summary>The differences counted for a reader: "1 word left out, punctuation or capitals differ"; empty when exact.</summary>
    public string Summary
    {
        get
        {
            if (Exact)
            {
                return "";
            }

            var a = Alignment;
            var parts = new List<string>();
            Add(a.Variants, "spelled otherwise (a variant, an OCR slip or another spelling of a name)");
            Add(a.Changed, "changed");
            Add(a.LeftOut, "of the source left out");
            Add(a.Added, "not in the source");
            if (a.Elided > 0)
            {
                parts.Add($"{Words(a.Elided)} of the source where the ellipsis stands");
            }

            if (a.Differences == 0)
            {
                parts.Add("punctuation or capitals differ");
            }

            return string.Join("; ", parts);

            void Add(int count, string what)
            {
                if (count > 0)
                {
                    parts.Add($"{Words(count)} {what}");
                }
            }

            static string Words(int count) => count == 1 ? "1 word" : $"{count:N0} words";
        }
    }
}
