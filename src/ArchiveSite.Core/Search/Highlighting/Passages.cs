using System.Text;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Rendering.Footnotes;

namespace ArchiveSite.Core.Search.Highlighting;

/// <summary>One place a query matched in a document's text, with the words on either side (keyword in context).</summary>
/// <param name="Fragment">The anchor of the paragraph or note it is in, as a URL fragment (<c>p3</c>, <c>fn:17</c>); empty when it is in neither.</param>
/// <param name="Label">That anchor for a reader: <c>¶ 3</c>, <c>note 17</c>.</param>
/// <param name="Before">The words before the match, "…" first when cut.</param>
/// <param name="Match">The matched words as written.</param>
/// <param name="After">The words after it, "…" last when cut.</param>
public sealed record Passage(string Fragment, string Label, string Before, string Match, string After);

/// <summary>Some or all of a text's passages, and how many matches it has in all.</summary>
/// <param name="Shown">The passages, in the text's order, at most the number asked for.</param>
/// <param name="Total">Every match in the text, shown or not.</param>
public sealed record PassageList(IReadOnlyList<Passage> Shown, int Total);

/// <summary>
/// Every passage where a query matched in a rendered body, each in its paragraph: the same matches,
/// found the same way, as <see cref="HtmlHighlighter"/> marks on the detail page (each run of text
/// between tags on its own), so the passage numbered N here is match N there.
/// </summary>
public static partial class Passages
{
    /// <summary>Characters of context on each side of a match, about a third of a line; cut at a word boundary.</summary>
    public const int ContextLength = 70;

    // A top-level block's paragraph anchor (MarkdownRenderer numbers paragraphs, lists, tables,
    // quotations, headings as p1, p2, …), or a note (FootnoteNotes' <li id="fn:17">). Footnote
    // markers have ids too (<a id="fnref:17">) but sit inside a paragraph: they are not a place.
    [GeneratedRegex("^<(?:(?<tag>p|ul|ol|table|blockquote|h[1-6]|pre|div)\\b[^>]*\\sid=\"(?<p>p[0-9]+)\"|li id=\"(?<note>fn:[^\"]*)\")", RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    // What the page adds to the source's words: the ¶ link, a note marker's label, a note's label,
    // its links back and the words saying a note has no marker. None of them nests its own tag.
    [GeneratedRegex("^<(?<tag>a|span)\\b[^>]*\\sclass=\"(?:para-link|footnote-ref|footnote-back-ref|footnote-label|footnote-context apparatus)\"", RegexOptions.CultureInvariant)]
    private static partial Regex PageApparatus();

    [GeneratedRegex("^</?(?:p|li|td|th|tr|br|div|h[1-6]|blockquote|pre|ul|ol|table|dt|dd)\\b", RegexOptions.CultureInvariant)]
    private static partial Regex BlockBoundary();

    /// <summary>
    /// The first <paramref name="max"/> passages of body HTML <paramref name="html"/> where
    /// <paramref name="findMatches"/> finds a match, and the count of all matches.
    /// </summary>
    public static PassageList Find(string html, Func<string, List<(int Start, int End)>> findMatches, int max)
    {
        var passages = new List<Passage>();
        var total = 0;
        var (fragment, label) = ("", "");
        var text = new StringBuilder();
        var matches = new List<(int Start, int End)>();

        void Flush()
        {
            var block = text.ToString();
            foreach (var (start, end) in matches)
            {
                if (passages.Count >= max)
                {
                    break;
                }

                passages.Add(Around(block, start, end, fragment, label));
            }

            text.Clear();
            matches.Clear();
        }

        foreach (var (isText, value) in HtmlHighlighter.Pieces(html))
        {
            if (!isText)
            {
                if (Anchor().Match(value) is { Success: true } anchor)
                {
                    Flush();
                    (fragment, label) = Place(anchor);
                }

                continue;
            }

            var found = Highlighter.Merge(findMatches(value));
            total += found.Count;
            var offset = text.Length;
            text.Append(value);
            matches.AddRange(found.Select(m => (m.Start + offset, m.End + offset)));
        }

        Flush();
        return new PassageList(passages, total);
    }

    /// <summary>An anchor's fragment and its label for a reader: <c>p3</c> and <c>¶ 3</c>, or a note's.</summary>
    private static (string Fragment, string Label) Place(Match anchor) =>
        anchor.Groups["p"].Success
            ? (anchor.Groups["p"].Value, "¶ " + anchor.Groups["p"].Value[1..])
            : (FootnoteAnchors.Fragment(System.Net.WebUtility.HtmlDecode(anchor.Groups["note"].Value)), "note " + System.Net.WebUtility.HtmlDecode(anchor.Groups["note"].Value)[3..]);

    /// <summary>
    /// The places of body HTML <paramref name="html"/> as a reader cites them: each anchored
    /// paragraph (list, table, quotation, heading) and each note with its text, decoded, in the
    /// text's order. The ¶ link a page adds before a paragraph's text and a note's marker label
    /// inside it are the page's, not the source's words, and are left out. Text before the first
    /// anchor (none a renderer writes) is a place with no fragment.
    /// </summary>
    public static IReadOnlyList<(string Fragment, string Label, string Text)> Places(string html)
    {
        var places = new List<(string Fragment, string Label, string Text)>();
        var (fragment, label) = ("", "");
        var text = new StringBuilder();
        string? skipping = null;

        void Flush()
        {
            if (!string.IsNullOrWhiteSpace(text.ToString()))
            {
                places.Add((fragment, label, text.ToString()));
            }

            text.Clear();
        }

        foreach (var (isText, value) in HtmlHighlighter.Pieces(html))
        {
            if (isText)
            {
                if (skipping is null)
                {
                    text.Append(value);
                }

                continue;
            }

            if (skipping is not null)
            {
                skipping = value.StartsWith("</" + skipping, StringComparison.Ordinal) ? null : skipping;
                continue;
            }

            if (Anchor().Match(value) is { Success: true } anchor)
            {
                Flush();
                (fragment, label) = Place(anchor);
            }

            if (PageApparatus().Match(value) is { Success: true } apparatus)
            {
                skipping = apparatus.Groups["tag"].Value;
            }
            else if (BlockBoundary().IsMatch(value))
            {
                // Two cells, items or lines are two words apart even where the HTML puts nothing between them.
                text.Append(' ');
            }
        }

        Flush();
        return places;
    }

    /// <summary>The match at <paramref name="start"/>–<paramref name="end"/> of <paramref name="block"/> with its context, white space made single spaces.</summary>
    private static Passage Around(string block, int start, int end, string fragment, string label)
    {
        var from = Highlighter.WordStart(block, Math.Max(0, start - ContextLength));
        var to = Highlighter.WordEnd(block, Math.Min(block.Length, end + ContextLength));
        var before = Highlighter.CollapseWhitespace(block[from..start]).TrimStart();
        var after = Highlighter.CollapseWhitespace(block[end..to]).TrimEnd();
        return new Passage(
            fragment,
            label,
            (block.AsSpan(0, from).IsWhiteSpace() ? "" : "… ") + before,
            Highlighter.CollapseWhitespace(block[start..end]),
            after + (block.AsSpan(to).IsWhiteSpace() ? "" : " …"));
    }
}
