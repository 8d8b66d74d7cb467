using ArchiveSite.Core.Rendering;

namespace ArchiveSite.Core.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void NumberedParagraphsKeepTheirNumbersAsText()
    {
        var html = MarkdownRenderer.RenderMarkdown("1. To organize the preparation.\n\n3. We agree to accept.\n\n- 2) A bullet with a number.");

        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"p1\">1. To organize the preparation.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"p2\">3. We agree to accept.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li>2) A bullet with a number.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RawHtmlInARecordIsShownAsTextNeverAsMarkup()
    {
        var html = MarkdownRenderer.RenderMarkdown("Before <script>alert(1)</script> after <b>bold</b>");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](data:text/html,<script>alert(1)</script>)")]
    [InlineData("![img](vbscript:msgbox)")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    public void LinksWithUnsafeSchemesAreMadeInert(string markdown)
    {
        var html = MarkdownRenderer.RenderMarkdown(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnUnsafeAutolinkStaysInTheTextAsTyped()
    {
        var html = MarkdownRenderer.RenderMarkdown("See <javascript:alert(1)> and <https://example.org/a>.");

        Assert.Equal("<p id=\"p1\">See &lt;javascript:alert(1)&gt; and <a href=\"https://example.org/a\">https://example.org/a</a>.</p>\n", html);
    }

    [Fact]
    public void PlainTextKeepsLinesAndNumbersParagraphs()
    {
        var html = MarkdownRenderer.RenderPlainText("From CORRESPONDENT 13\nSent 17.11.50\n\n<b>not bold</b>");

        Assert.Equal("<p id=\"p1\">From CORRESPONDENT 13<br>\nSent 17.11.50</p>\n<p id=\"p2\">&lt;b&gt;not bold&lt;/b&gt;</p>\n", html);
    }

    [Fact]
    public void EveryTopLevelBlockOfMarkdownHasAParagraphAnchor()
    {
        var html = MarkdownRenderer.RenderMarkdown("**Heading line**\n\nA paragraph.\n\n- a list\n- of two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted");

        Assert.Contains("<p id=\"p1\"><strong>Heading line</strong></p>", html, StringComparison.Ordinal);
        Assert.Contains("<p id=\"p2\">A paragraph.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<ul id=\"p3\">", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"p4\">", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote id=\"p5\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"p6\"", html, StringComparison.Ordinal);
    }
}
