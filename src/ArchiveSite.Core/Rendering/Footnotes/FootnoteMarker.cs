using Markdig.Syntax.Inlines;

namespace ArchiveSite.Core.Rendering.Footnotes;

/// <summary>
/// A footnote reference in the text (<c>[^17]</c>), shown with its label as written and linked to
/// its note. <see cref="NoteId"/> and <see cref="Id"/> are set once the whole body is parsed,
/// when each marker is paired with a definition (<see cref="FootnoteNotes"/>).
/// </summary>
internal sealed class FootnoteMarker(string label) : LeafInline
{
    /// <summary>The label exactly as written.</summary>
    public string Label { get; } = label;

    /// <summary>The anchor of the note this marker points to, e.g. <c>fn:17</c>.</summary>
    public string NoteId { get; set; } = "";

    /// <summary>This marker's own anchor, which the note links back to, e.g. <c>fnref:17</c>.</summary>
    public string Id { get; set; } = "";
}
