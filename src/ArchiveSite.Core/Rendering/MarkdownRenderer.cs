using System.Net;
using System.Text;
using ArchiveSite.Core.Documents;
using Markdig;
using Markdig.Parsers;
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
    /// <summary>The extensions real records need (pipe tables, footnotes) and nothing that reinterprets plain prose.</summary>
    public static MarkdownPipeline Pipeline { get; } = BuildPipeline();

    /// <summary>
    /// Numbered lists are switched off: in transcripts "1. To organize…" and "- 1) The preparation…"
    /// are numbered paragraphs as the source typed them. As Markdown lists their numbers would move
    /// out of the text into list markers (and "1)" would show as "1."), so they stay text.
    /// </summary>
    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .DisableHtml();
        builder.BlockParsers.Find<ListBlockParser>()?.ItemParsers.RemoveAll(p => p is NumberedListItemParser);
        return builder.Build();
    }

    /// <summary>
    /// The body as HTML. Markdown goes through Markdig; plain text keeps its line layout: each
    /// paragraph a <c>&lt;p id="pN"&gt;</c>, each line break a <c>&lt;br&gt;</c>, every character encoded.
    /// </summary>
    public static string RenderBody(ArchiveDocument document) =>
        document.Format == RecordFormat.Markdown ? RenderMarkdown(document.Body) : RenderPlainText(document.Body);

    /// <summary>The body's words without markup, for the index and for search snippets.</summary>
    public static string ToPlainText(ArchiveDocument document) =>
        document.Format == RecordFormat.Markdown ? Markdown.ToPlainText(document.Body, Pipeline).Trim() : document.Body;

    /// <summary>Markdown to HTML, with any link, autolink or image whose scheme is not http(s), mailto or relative made inert.</summary>
    public static string RenderMarkdown(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "";
            }
        }

        // An autolink (<javascript:alert(1)>) is a link of its own kind, not a LinkInline: CommonMark
        // takes any scheme between angle brackets. An unsafe one stays in the text as typed, as text.
        foreach (var autolink in document.Descendants<AutolinkInline>().Where(a => !a.IsEmail && !IsSafeUrl(a.Url)).ToArray())
        {
            autolink.ReplaceBy(new LiteralInline($"<{autolink.Url}>"));
        }

        // Every top-level block (paragraph, list, table, quotation, heading) gets the anchor a
        // researcher cites a passage by, numbered as plain-text paragraphs are: #p1, #p2, ….
        var number = 0;
        foreach (var block in document)
        {
            if (block is ParagraphBlock or ListBlock or Markdig.Extensions.Tables.Table or QuoteBlock or HeadingBlock or CodeBlock)
            {
                block.GetAttributes().Id = $"p{++number}";
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
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
