using Markdig.Helpers;
using Markdig.Parsers;

namespace ArchiveSite.Core.Rendering.Footnotes;

/// <summary>
/// Reads <c>[^label]</c> as a <see cref="FootnoteMarker"/> before the link parser sees the bracket.
/// Markdig's footnotes are reference links, so <c>[at Sharpeville][^17]</c> became a link whose
/// text was replaced by the note's number and "at Sharpeville" vanished; read here first, the
/// editorial insertion stays text and the marker follows it.
/// </summary>
internal sealed class FootnoteMarkerParser : InlineParser
{
    private const int MaxLabelLength = 64;

    public FootnoteMarkerParser()
    {
        OpeningCharacters = ['['];
    }

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '^')
        {
            return false;
        }

        var text = slice.Text;
        var start = slice.Start + 2;
        var end = start;
        while (end <= slice.End && end - start <= MaxLabelLength && text[end] is not (']' or '[') && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        if (end > slice.End || text[end] != ']' || end == start)
        {
            return false;
        }

        var position = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new FootnoteMarker(text[start..end])
        {
            Span = new Markdig.Syntax.SourceSpan(position, position + end - slice.Start),
            Line = line,
            Column = column,
        };
        slice.Start = end + 1;
        return true;
    }
}
