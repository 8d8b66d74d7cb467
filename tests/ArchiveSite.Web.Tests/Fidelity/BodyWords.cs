using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Web.Tests.Fidelity;

/// <summary>
/// The words of a record's body as its source writes them and as its page shows them, for the
/// fidelity check: a word is a run of letters, marks and digits, so markup characters (<c>*</c>,
/// <c>|</c>, <c>#</c>) and punctuation do not count but every word, number and footnote label does.
/// </summary>
internal static partial class BodyWords
{
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>
    /// The body's words as written. In Markdown a character reference (<c>&amp;mdash;</c>) stands
    /// for its character, as CommonMark reads it; a plain-text record shows it as typed.
    /// </summary>
    public static IReadOnlyList<string> Source(ArchiveDocument document) =>
        Words(document.Format == RecordFormat.Markdown ? WebUtility.HtmlDecode(document.Body) : document.Body);

    /// <summary>
    /// The words a reader sees in the page's body: text only (entities decoded), without what the
    /// page adds around the source's words (the ¶ links, and the renderer's remarks marked
    /// <c>apparatus</c>). Every element boundary separates words, as the markup characters that
    /// made the element separate them in the source (<c>1950[^2]</c> is 1950 and 2, not 19502).
    /// </summary>
    public static IReadOnlyList<string> Page(IElement body)
    {
        var copy = (IElement)body.Clone(deep: true);
        foreach (var added in copy.QuerySelectorAll(".para-link, .apparatus").ToArray())
        {
            added.Remove();
        }

        var text = new StringBuilder();
        foreach (var node in copy.GetDescendants().OfType<IText>())
        {
            text.Append(node.Data).Append(' ');
        }

        return Words(text.ToString());
    }

    /// <summary>Null when the page shows the source's words exactly, in order; else where they part.</summary>
    public static string? FirstDifference(IReadOnlyList<string> source, IReadOnlyList<string> page)
    {
        var i = 0;
        while (i < source.Count && i < page.Count && source[i] == page[i])
        {
            i++;
        }

        if (i == source.Count && i == page.Count)
        {
            return null;
        }

        string Around(IReadOnlyList<string> words) => string.Join(' ', words.Skip(Math.Max(0, i - 4)).Take(9));
        return i < page.Count
            ? $"at word {i + 1} of {source.Count} the source has “{(i < source.Count ? source[i] : "")}” and the page “{page[i]}”: the source reads “{Around(source)}”, the page “{Around(page)}”"
            : $"word {i + 1} of {source.Count}, “{source[i]}”, and the rest are missing: the source reads “{Around(source)}”, the page ends “{Around(page)}”";
    }

    private static IReadOnlyList<string> Words(string text) =>
        Word().Matches(text).Select(m => m.Value).ToArray();
}
