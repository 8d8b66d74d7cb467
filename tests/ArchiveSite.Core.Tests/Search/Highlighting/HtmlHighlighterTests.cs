using System.Text.RegularExpressions;
using ArchiveSite.Core.Search.Highlighting;

namespace ArchiveSite.Core.Tests.Search.Highlighting;

public sealed class HtmlHighlighterTests
{
    private static List<(int Start, int End)> Word(string text, string word) =>
        Regex.Matches(text, Regex.Escape(word)).Select(m => (m.Index, m.Index + m.Length)).ToList();

    [Fact]
    public void MatchesInTextAreMarkedInOrderWithNavigationBetweenThem()
    {
        var (html, count) = HtmlHighlighter.Highlight("<p>pilots and pilots</p><p>more pilots</p>", t => Word(t, "pilots"));

        Assert.Equal(3, count);
        Assert.Equal(
            "<p><mark id=\"hit-1\">pilots</mark><span class=\"hit-nav\"><a href=\"#hit-2\" aria-label=\"Next match (2 of 3)\">›</a></span> and " +
            "<mark id=\"hit-2\">pilots</mark><span class=\"hit-nav\"><a href=\"#hit-1\" aria-label=\"Previous match (1 of 3)\">‹</a><a href=\"#hit-3\" aria-label=\"Next match (3 of 3)\">›</a></span></p>" +
            "<p>more <mark id=\"hit-3\">pilots</mark><span class=\"hit-nav\"><a href=\"#hit-2\" aria-label=\"Previous match (2 of 3)\">‹</a></span></p>",
            html);
    }

    [Fact]
    public void TagsAndAttributesAreNeverSearched()
    {
        var (html, count) = HtmlHighlighter.Highlight("<p id=\"pilots\" class=\"pilots\">x</p>", t => Word(t, "pilots"));

        Assert.Equal(0, count);
        Assert.Equal("<p id=\"pilots\" class=\"pilots\">x</p>", html);
    }

    [Fact]
    public void EntitiesAreReadAsTheirCharactersAndWrittenBackEncoded()
    {
        var (html, count) = HtmlHighlighter.Highlight("<p>Bulganin &amp; Stalin &lt;copies&gt;</p>", t => Word(t, "Stalin"));

        Assert.Equal(1, count);
        Assert.StartsWith("<p>Bulganin &amp; <mark id=\"hit-1\">Stalin</mark>", html, StringComparison.Ordinal);
        Assert.EndsWith(" &lt;copies&gt;</p>", html, StringComparison.Ordinal);
    }
}
