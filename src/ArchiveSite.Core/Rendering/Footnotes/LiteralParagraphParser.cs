using Markdig.Parsers;
using Markdig.Syntax;

namespace ArchiveSite.Core.Rendering.Footnotes;

/// <summary>
/// Markdig's paragraph parser without link reference definitions and setext headings. A record
/// is a transcript, not a web page: a paragraph such as <c>[Butz?]: That's about $1.3 billion.</c>
/// or <c>[1]: Document</c> is the speaker's words, which CommonMark would take as a link
/// definition and drop from the page; and an underline of dashes is typed, not a heading.
/// </summary>
internal sealed class LiteralParagraphParser : ParagraphBlockParser
{
    public LiteralParagraphParser()
    {
        ParseSetextHeadings = false;
    }

    /// <summary>Closes the paragraph as Markdig does, minus the link definitions it would take out.</summary>
    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is ParagraphBlock paragraph && paragraph.Lines.Count > 0)
        {
            var lines = paragraph.Lines;
            for (var i = 0; i < lines.Count; i++)
            {
                lines.Lines[i].Slice.TrimStart();
            }

            lines.Lines[lines.Count - 1].Slice.TrimEnd();
        }

        return true;
    }
}
