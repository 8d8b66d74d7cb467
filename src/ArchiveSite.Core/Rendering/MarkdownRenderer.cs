using System.Net;
using System.Text;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Rendering.Footnotes;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ArchiveSite.Core.Rendering;

/// <summary>
/// Renders record bodies to HTML and to plain text. One Markdig pipeline, built once (it is
/// immutable and thread-safe), with raw HTML disabled: Markdig's docs are clear that it is not a
/// sanitizer, so record text never reaches the page as markup.
/// </summary>
public static class MarkdownRenderer
{
    /// <summary>The extensions real records need (pipe tables) and nothing that reinterprets plain prose.</summary>
    public static MarkdownPipeline Pipeline { get; } = BuildPipeline();

    /// <summary>
    /// Markdown as a transcript needs it: the rule is that structure may be added but a character of
    /// the source's text is never dropped or renumbered.
    /// <list type="bullet">
    /// <item>Numbered lists are switched off: in transcripts "1. To organize…" and "- 1) The
    /// preparation…" are numbered paragraphs as the source typed them. As Markdown lists their numbers
    /// would move out of the text into list markers (and "1)" would show as "1."), so they stay text.</item>
    /// <item>Paragraphs never become link definitions or setext headings (<see cref="LiteralParagraphParser"/>).</item>
    /// <item>Footnotes are the renderer's own (<see cref="FootnoteSplitter"/>, <see cref="FootnoteMarkerParser"/>):
    /// Markdig's renumber notes by first reference, drop unreferenced and repeated definitions, and
    /// swallow an editorial insertion in brackets before a marker.</item>
    /// <item>Precise source locations, so a link whose target is not an address goes back to its text.</item>
    /// </list>
    /// </summary>
    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UsePreciseSourceLocation()
            .DisableHtml();
        builder.BlockParsers.Find<ListBlockParser>()?.ItemParsers.RemoveAll(p => p is NumberedListItemParser);
        builder.BlockParsers.Replace<ParagraphBlockParser>(new LiteralParagraphParser());
        builder.InlineParsers.InsertBefore<LinkInlineParser>(new FootnoteMarkerParser());
        builder.Extensions.Add(new FootnoteMarkerExtension());
        return builder.Build();
    }

    /// <summary>
    /// The body as HTML. Markdown goes through Markdig; plain text keeps its line layout: each
    /// paragraph a <c>&lt;p id="pN"&gt;</c>, each line break a <c>&lt;br&gt;</c>, every character encoded.
    /// </summary>
    public static string RenderBody(ArchiveDocument document) =>
        document.Format == RecordFormat.Markdown ? RenderMarkdown(document.Body) : RenderPlainText(document.Body);

    /// <summary>The body's words without markup, notes included, for the index and for search snippets.</summary>
    public static string ToPlainText(ArchiveDocument document) =>
        document.Format == RecordFormat.Markdown ? MarkdownToPlainText(document.Body) : document.Body;

    /// <summary>Markdown to HTML: the text with its paragraph anchors, then every note in the source's order.</summary>
    public static string RenderMarkdown(string markdown)
    {
        var (text, notes) = Parse(markdown);

        // Every top-level block (paragraph, list, table, quotation, heading) gets the anchor a
        // researcher cites a passage by, numbered as plain-text paragraphs are: #p1, #p2, ….
        var number = 0;
        foreach (var block in text)
        {
            if (block is ParagraphBlock or ListBlock or Markdig.Extensions.Tables.Table or QuoteBlock or HeadingBlock or CodeBlock)
            {
                block.GetAttributes().Id = $"p{++number}";
            }
        }

        var html = new StringBuilder(markdown.Length * 2);
        html.Append(ToHtml(text));
        notes.WriteHtml(html, ToHtml);
        return html.ToString();
    }

    private static string MarkdownToPlainText(string markdown)
    {
        var (text, notes) = Parse(markdown);
        var plain = new StringBuilder(ToPlain(text).Trim());
        notes.WritePlainText(plain, ToPlain);
        return plain.ToString();
    }

    /// <summary>The body's text and its notes, parsed, paired and made safe.</summary>
    private static (MarkdownDocument Text, FootnoteNotes Notes) Parse(string markdown)
    {
        var (body, definitions) = FootnoteSplitter.Split(markdown);
        var text = ParseSafe(body);
        return (text, FootnoteNotes.Pair(text, definitions, ParseSafe));
    }

    private static MarkdownDocument ParseSafe(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        KeepLinksThatAreNotAddressesAsText(document, markdown);

        // An autolink (<javascript:alert(1)>) is a link of its own kind, not a LinkInline: CommonMark
        // takes any scheme between angle brackets. An unsafe one stays in the text as typed, as text.
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail && !IsSafeUrl(a.Url)).ToArray())
        {
            autolink.ReplaceBy(new LiteralInline($"<{autolink.Url}>"));
        }

        return document;
    }

    /// <summary>
    /// A link is kept only when its target is an address (<c>http:</c>, <c>https:</c>, <c>mailto:</c>).
    /// Otherwise, as in <c>[footnote](3) Forty percent…</c>, the brackets are the source's own words
    /// and the "target" would vanish into an attribute: the whole link goes back to its text as typed.
    /// </summary>
    private static void KeepLinksThatAreNotAddressesAsText(MarkdownDocument document, string markdown)
    {
        foreach (var link in document.Descendants<LinkInline>().Where(l => !IsAddress(l.Url)).ToArray())
        {
            link.ReplaceBy(new LiteralInline(markdown.Substring(link.Span.Start, link.Span.Length)), copyChildren: false);
        }
    }

    private static string ToHtml(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Plain text as Markdig writes it (<c>Markdown.ToPlainText</c>): no markup, no escaping.</summary>
    private static string ToPlain(MarkdownDocument document)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Plain text to HTML paragraphs that keep every line as written.</summary>
    public static string RenderPlainText(string text)
    {
        var html = new StringBuilder();
        var paragraph = 0;
        foreach (var block in text.Split("\n\n").Select(b => b.Trim('\n')).Where(b => b.Trim().Length > 0))
        {
            paragraph++;
            html.Append("<p id=\"p").Append(paragraph).Append("\">");
            html.AppendJoin("<br>\n", block.Split('\n').Select(line => WebUtility.HtmlEncode(line.TrimEnd())));
            html.Append("</p>\n");
        }

        return html.ToString();
    }

    private static bool IsAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto";

    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.RelativeOrAbsolute, out var uri))
        {
            return false;
        }

        return !uri.IsAbsoluteUri || uri.Scheme is "http" or "https" or "mailto";
    }
}
