using ArchiveSite.Core.Rendering;

namespace ArchiveSite.Core.Tests.Rendering;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void NumberedParagraphsKeepTheirNumbersAsText()
    {
        var html = MarkdownRenderer.RenderMarkdown("1. To organize the preparation.\n\n3. We agree to accept.\n\n- 2) A bullet with a number.");

        Assert.DoesNotContain("<ol", html, StringComparison.Ordinal);
        Assert.Contains("<p>1. To organize the preparation.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p>3. We agree to accept.</p>", html, StringComparison.Ordinal);
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
    public void LinksWithUnsafeSchemesAreMadeInert(string markdown)
    {
        var html = MarkdownRenderer.RenderMarkdown(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PlainTextKeepsLinesAndNumbersParagraphs()
    {
        var html = MarkdownRenderer.RenderPlainText("From CORRESPONDENT 13\nSent 17.11.50\n\n<b>not bold</b>");

        Assert.Equal("<p id=\"p1\">From CORRESPONDENT 13<br>\nSent 17.11.50</p>\n<p id=\"p2\">&lt;b&gt;not bold&lt;/b&gt;</p>\n", html);
    }
}
