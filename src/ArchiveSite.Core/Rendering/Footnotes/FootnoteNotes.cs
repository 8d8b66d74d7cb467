using System.Net;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Core.Rendering.Footnotes;

/// <summary>
/// A body's notes, each with its anchor and the markers that point to it. Markers are paired with
/// definitions label by label, in order: the k-th <c>[^4]</c> in the text goes to the k-th
/// definition of <c>4</c> (FRUS repeats labels, one definition per marker), and a marker beyond the
/// last definition to the last one. A marker whose label nothing defines is text again, as typed.
/// </summary>
internal sealed class FootnoteNotes
{
    private readonly List<Note> _notes;

    private FootnoteNotes(List<Note> notes) => _notes = notes;

    /// <summary>One definition, its parsed text, its anchor and its markers' anchors.</summary>
    private sealed record Note(FootnoteDefinition Definition, MarkdownDocument Content, string Id, List<string> MarkerIds);

    /// <summary>Pairs the markers of <paramref name="text"/> and of the notes themselves with the definitions.</summary>
    public static FootnoteNotes Pair(MarkdownDocument text, IReadOnlyList<FootnoteDefinition> definitions, Func<string, MarkdownDocument> parse)
    {
        var anchors = new FootnoteAnchors();
        var notes = definitions.Select(d => new Note(d, parse(KeepLeadingMarkerAsText(d.Markdown)), anchors.Next("fn:", d.Label), [])).ToList();
        var byLabel = notes.GroupBy(n => n.Definition.Label, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var marker in notes.Select(n => n.Content).Prepend(text).SelectMany(d => d.Descendants<FootnoteMarker>()).ToList())
        {
            if (!byLabel.TryGetValue(marker.Label, out var candidates))
            {
                marker.ReplaceBy(new LiteralInline($"[^{marker.Label}]"));
                continue;
            }

            var k = seen.GetValueOrDefault(marker.Label);
            seen[marker.Label] = k + 1;
            var note = candidates[Math.Min(k, candidates.Count - 1)];
            marker.NoteId = note.Id;
            marker.Id = anchors.Next("fnref:", marker.Label);
            note.MarkerIds.Add(marker.Id);
        }

        return new FootnoteNotes(notes);
    }

    /// <summary>
    /// A note that begins with what Markdown reads as a block marker is text: <c>[^x3]: * Entry not
    /// declassified.</c> prints the source's own footnote sign, which as a bullet would vanish into
    /// a list marker; likewise a heading's <c>#</c> or a quotation's <c>&gt;</c>.
    /// </summary>
    private static string KeepLeadingMarkerAsText(string markdown) =>
        markdown.Length >= 2 && markdown[0] is '*' or '-' or '+' or '#' or '>' && (markdown[1] is ' ' or '\t' || markdown[0] is '#' or '>')
            ? "\\" + markdown
            : markdown;

    /// <summary>Every note's parsed text, for the transformations the body's text gets too.</summary>
    public IEnumerable<MarkdownDocument> Contents => _notes.Select(n => n.Content);

    /// <summary>
    /// The notes list: every definition in the source's order with its label as written, and links
    /// back to each of its markers; a note no marker points to (FRUS's note on the heading) says so.
    /// </summary>
    public void WriteHtml(StringBuilder html, Func<MarkdownDocument, string> render)
    {
        if (_notes.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"footnotes\">\n<hr>\n<ol>\n");
        foreach (var note in _notes)
        {
            var label = WebUtility.HtmlEncode(note.Definition.Label);
            var links = new StringBuilder();
            if (note.MarkerIds.Count == 0)
            {
                links.Append(" <span class=\"footnote-context apparatus\">(on the document as a whole: the text has no marker for this note)</span>");
            }

            for (var i = 0; i < note.MarkerIds.Count; i++)
            {
                var which = note.MarkerIds.Count == 1 ? "" : $" ({i + 1} of {note.MarkerIds.Count})";
                links.Append(" <a href=\"#").Append(WebUtility.HtmlEncode(FootnoteAnchors.Fragment(note.MarkerIds[i]))).Append("\" class=\"footnote-back-ref\" aria-label=\"Back to the marker of note ")
                    .Append(label).Append(which).Append(" in the text\">↩</a>");
            }

            // The links go at the end of the note's last paragraph, as Markdig placed its own.
            var content = render(note.Content);
            var close = content.LastIndexOf("</p>", StringComparison.Ordinal);
            content = close >= 0 && content.AsSpan(close + 4).Trim().IsEmpty
                ? content.Insert(close, links.ToString())
                : content + "<p>" + links + "</p>\n";
            html.Append("<li id=\"").Append(WebUtility.HtmlEncode(note.Id)).Append("\"><span class=\"footnote-label\">").Append(label).Append("</span>")
                .Append("<div class=\"footnote-text\">").Append(content).Append("</div></li>\n");
        }

        html.Append("</ol>\n</div>\n");
    }

    /// <summary>The notes as plain text, each after its label, for the index and snippets.</summary>
    public void WritePlainText(StringBuilder text, Func<MarkdownDocument, string> render)
    {
        foreach (var note in _notes)
        {
            text.Append("\n\n").Append(note.Definition.Label).Append(' ').Append(render(note.Content).Trim());
        }
    }
}
