using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Rendering;

/// <summary>
/// A visible link at the start of each anchored paragraph of a rendered body (<c>¶</c> to
/// <c>#p3</c>), so a researcher can find and cite a passage's address. Only paragraphs get one: a
/// link is not allowed directly inside a list or a table, which keep their ids without it.
/// </summary>
public static partial class ParagraphLinks
{
    [GeneratedRegex("<p id=\"p(?<n>[0-9]+)\">")]
    private static partial Regex AnchoredParagraph();

    /// <summary>The body HTML with a link to each anchored paragraph.</summary>
    public static string Add(string html) =>
        AnchoredParagraph().Replace(html, m =>
            $"{m.Value}<a class=\"para-link\" href=\"#p{m.Groups["n"].Value}\" aria-label=\"Paragraph {m.Groups["n"].Value}: link to cite\">¶</a>");
}
