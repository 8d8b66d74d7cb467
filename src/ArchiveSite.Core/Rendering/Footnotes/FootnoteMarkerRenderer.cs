using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace ArchiveSite.Core.Rendering.Footnotes;

/// <summary>
/// A marker as a superscript link with the source's own label. A marker whose label no definition has was turned back into its
/// text before rendering.
/// </summary>
internal sealed class FootnoteMarkerRenderer : HtmlObjectRenderer<FootnoteMarker>
{
    protected override void Write(HtmlRenderer renderer, FootnoteMarker marker)
    {
        // As plain text (the index, snippets) a marker is nothing: "1950[^2]" must stay the year
        // 1950, not become "19502"; the note's own text follows the body there.
        if (!renderer.EnableHtmlForInline)
        {
            return;
        }

        renderer.Write("<a id=\"").WriteEscape(marker.Id).Write("\" href=\"#").WriteEscape(FootnoteAnchors.Fragment(marker.NoteId))
            .Write("\" class=\"footnote-ref\"><sup>").WriteEscape(marker.Label).Write("</sup></a>");
    }
}
