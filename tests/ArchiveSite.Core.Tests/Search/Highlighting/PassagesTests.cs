using System.Text.RegularExpressions;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Search.Highlighting;

namespace ArchiveSite.Core.Tests.Search.Highlighting;

/// <summary>Every passage where a query matched, each in its paragraph or note (the keyword-in-context view).</summary>
public sealed class PassagesTests(TestArchive archive) : IClassFixture<TestArchive>
{
    private static List<(int Start, int End)> Word(string text, string word) =>
        Regex.Matches(text, Regex.Escape(word)).Select(m => (m.Index, m.Index + m.Length)).ToList();

    [Fact]
    public void EachMatchIsAPassageInItsParagraphWithTheWordsAroundIt()
    {
        var html = MarkdownRenderer.RenderPlainText("The first paragraph.\n\nPilots were trained; more pilots\nwere sent.\n\nNo match here.\n\nLast pilots.");

        var passages = Passages.Find(html, t => Word(t, "pilots"), max: 10);

        Assert.Equal(2, passages.Total);
        Assert.Equal(["p2", "p4"], passages.Shown.Select(p => p.Fragment).Distinct());
        Assert.Equal(["¶ 2", "¶ 4"], passages.Shown.Select(p => p.Label).Distinct());
        var second = passages.Shown[0];
        Assert.Equal(("Pilots were trained; more ", "pilots", " were sent."), (second.Before, second.Match, second.After));
        Assert.Equal(("Last ", "pilots", "."), (passages.Shown[1].Before, passages.Shown[1].Match, passages.Shown[1].After));
    }

    [Fact]
    public void ALongParagraphIsCutAtWordsAroundTheMatchWithEllipses()
    {
        var words = string.Join(" ", Enumerable.Range(1, 60).Select(n => $"word{n}"));
        var html = MarkdownRenderer.RenderPlainText(words + " pilots " + words);

        var passage = Assert.Single(Passages.Find(html, t => Word(t, "pilots"), max: 10).Shown);

        Assert.StartsWith("… word", passage.Before, StringComparison.Ordinal);
        Assert.EndsWith(" …", passage.After, StringComparison.Ordinal);
        Assert.InRange(passage.Before.Length, Passages.ContextLength, Passages.ContextLength + 12);
        Assert.DoesNotContain("  ", passage.Before, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", passage.After, StringComparison.Ordinal);
    }

    [Fact]
    public void PastTheLimitMatchesAreCountedButNotShown()
    {
        var html = MarkdownRenderer.RenderPlainText(string.Join("\n\n", Enumerable.Repeat("pilots and pilots", 10)));

        var passages = Passages.Find(html, t => Word(t, "pilots"), max: 5);

        Assert.Equal(20, passages.Total);
        Assert.Equal(5, passages.Shown.Count);
        Assert.Equal(["p1", "p1", "p2", "p2", "p3"], passages.Shown.Select(p => p.Fragment));
    }

    [Fact]
    public void AMatchInANoteLinksToTheNoteNotToItsMarkersParagraph()
    {
        var html = MarkdownRenderer.RenderMarkdown("Text with a note.[^7]\n\n[^7]: The note names pilots.");

        var passage = Assert.Single(Passages.Find(html, t => Word(t, "pilots"), max: 10).Shown);

        Assert.Equal("fn:7", passage.Fragment);
        Assert.Equal("note 7", passage.Label);
        Assert.Contains("The note names ", passage.Before, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("112082", "pilots")]
    [InlineData("112079", "Kim Il Sung")]
    [InlineData("112082", "\"jet fighter\"")]
    public void ASeedHasAsManyPassagesAsItsPageMarksMatches(string id, string query)
    {
        var page = archive.Searcher.GetPage(id)!;
        var matcher = archive.Searcher.Matcher(query, out var error)!;
        Assert.Null(error);

        var passages = Passages.Find(page.BodyHtml, t => matcher.FindMatches(t), max: 1000);
        var (_, marked) = HtmlHighlighter.Highlight(page.BodyHtml, t => matcher.FindMatches(t));

        Assert.True(marked > 0);
        Assert.Equal(marked, passages.Total);
        Assert.Equal(marked, passages.Shown.Count);
        Assert.All(passages.Shown, p => Assert.Contains($"<p id=\"{p.Fragment}\">", page.BodyHtml, StringComparison.Ordinal));
    }
}
