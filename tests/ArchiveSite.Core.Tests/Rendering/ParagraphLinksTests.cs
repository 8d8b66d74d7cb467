using ArchiveSite.Core.Rendering;

namespace ArchiveSite.Core.Tests.Rendering;

public sealed class ParagraphLinksTests
{
    [Fact]
    public void EachAnchoredParagraphStartsWithALinkToItself()
    {
        var html = ParagraphLinks.Add(MarkdownRenderer.RenderPlainText("First.\n\nSecond line one\nline two"));

        Assert.Equal(
            "<p id=\"p1\"><a class=\"para-link\" href=\"#p1\" aria-label=\"Paragraph 1: link to cite\">¶</a>First.</p>\n" +
            "<p id=\"p2\"><a class=\"para-link\" href=\"#p2\" aria-label=\"Paragraph 2: link to cite\">¶</a>Second line one<br>\nline two</p>\n",
            html);
    }

    [Fact]
    public void ListsAndTablesKeepTheirIdsWithoutALinkInside()
    {
        var html = ParagraphLinks.Add(MarkdownRenderer.RenderMarkdown("- one\n- two\n\n| a |\n|---|\n| 1 |"));

        Assert.DoesNotContain("para-link", html, StringComparison.Ordinal);
        Assert.Contains("<ul id=\"p1\">", html, StringComparison.Ordinal);
    }
}
