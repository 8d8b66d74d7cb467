using System.Net;
using ArchiveSite.Core.Documents;
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
    public void LinksWithUnsafeSchemesStayInertTextAsTyped(string markdown)
    {
        var html = MarkdownRenderer.RenderMarkdown(markdown);

        Assert.DoesNotMatch(@"(?i)(href|src)\s*=\s*""[^""]*(javascript|data|vbscript|java\s*script):", html);
        Assert.DoesNotContain("<a href", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains(markdown.Split('\n')[0], WebUtility.HtmlDecode(html), StringComparison.Ordinal);
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

    [Fact]
    public void FootnotesShowTheLabelsTheSourceGivesThem()
    {
        // FRUS hangs note 1 on the heading, so the body's notes start at 2: they must not show as 1, 2.
        var html = MarkdownRenderer.RenderMarkdown("Staley Group[^2] and the memorandum.[^3]\n\n[^2]: See Document 89.\n[^3]: Not printed.");

        Assert.Contains("Staley Group<a id=\"fnref:2\" href=\"#fn:2\" class=\"footnote-ref\"><sup>2</sup></a>", html, StringComparison.Ordinal);
        Assert.Contains("memorandum.<a id=\"fnref:3\" href=\"#fn:3\" class=\"footnote-ref\"><sup>3</sup></a>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:2\"><span class=\"footnote-label\">2</span><div class=\"footnote-text\"><p>See Document 89. <a href=\"#fnref:2\"", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:3\"><span class=\"footnote-label\">3</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"fn:1\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoteThatNothingInTheBodyMarksIsStillListedAsANoteOnTheDocument()
    {
        var html = MarkdownRenderer.RenderMarkdown("MARSHALL\n\n[^1]: Repeated to New York as Dept.’s 159.");

        Assert.Contains("<li id=\"fn:1\"><span class=\"footnote-label\">1</span><div class=\"footnote-text\"><p>Repeated to New York as Dept.’s 159. <span class=\"footnote-context apparatus\">(on the document as a whole", html, StringComparison.Ordinal);
        Assert.DoesNotContain("footnote-back-ref", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditorialInsertionInBracketsBeforeAMarkerKeepsItsWords()
    {
        var html = MarkdownRenderer.RenderMarkdown("the killings [at Sharpeville][^17] of unarmed\n\n[^17]: On March 21.");

        Assert.Contains("the killings [at Sharpeville]<a id=\"fnref:17\" href=\"#fn:17\" class=\"footnote-ref\"><sup>17</sup></a> of unarmed", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmphasisedInsertionBeforeAMarkerKeepsItsWordsAndItsEmphasis()
    {
        var html = MarkdownRenderer.RenderMarkdown("[*document number not declassified*][^4] follows\n\n[^4]: Not found.");

        Assert.Contains("[<em>document number not declassified</em>]<a id=\"fnref:4\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ALabelDefinedTwiceShowsBothDefinitionsEachLinkedFromItsOwnMarker()
    {
        var html = MarkdownRenderer.RenderMarkdown("first[^4] and second[^4]\n\n[^4]: Not printed.\n[^4]: Printed as Document 12.");

        Assert.Contains("first<a id=\"fnref:4\" href=\"#fn:4\"", html, StringComparison.Ordinal);
        Assert.Contains("second<a id=\"fnref:4~2\" href=\"#fn:4~2\"", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:4\"><span class=\"footnote-label\">4</span><div class=\"footnote-text\"><p>Not printed. <a href=\"#fnref:4\"", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:4~2\"><span class=\"footnote-label\">4</span><div class=\"footnote-text\"><p>Printed as Document 12. <a href=\"#fnref:4~2\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ANoteMarkedTwiceLinksBackToEachMarker()
    {
        var html = MarkdownRenderer.RenderMarkdown("a[^1] and b[^1]\n\n[^1]: One note.");

        Assert.Contains("a<a id=\"fnref:1\" href=\"#fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("b<a id=\"fnref:1~2\" href=\"#fn:1\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#fnref:1\" class=\"footnote-back-ref\" aria-label=\"Back to the marker of note 1 (1 of 2) in the text\">↩</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#fnref:1~2\" class=\"footnote-back-ref\" aria-label=\"Back to the marker of note 1 (2 of 2) in the text\">↩</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void NotesAreListedInTheSourcesOrderNotByFirstMarker()
    {
        var html = MarkdownRenderer.RenderMarkdown("b[^3] then a[^2]\n\n[^2]: Two.\n[^3]: Three.");

        Assert.True(html.IndexOf("id=\"fn:2\"", StringComparison.Ordinal) < html.IndexOf("id=\"fn:3\"", StringComparison.Ordinal));
    }

    [Fact]
    public void LabelsThatAreNotNumbersAreShownAsWrittenAndStillLink()
    {
        var html = MarkdownRenderer.RenderMarkdown("cost[^*] and tax[^‡]\n\n[^*]: Estimated.\n[^‡]: Before tax.");

        Assert.Contains("cost<a id=\"fnref:*\" href=\"#fn:*\" class=\"footnote-ref\"><sup>*</sup></a>", html, StringComparison.Ordinal);
        Assert.Contains("tax<a id=\"fnref:‡\" href=\"#fn:%E2%80%A1\" class=\"footnote-ref\"><sup>‡</sup></a>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"fn:‡\"><span class=\"footnote-label\">‡</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AMarkerThatNoNoteDefinesStaysTextAsTyped()
    {
        var html = MarkdownRenderer.RenderMarkdown("See note[^9] below.");

        Assert.Equal("<p id=\"p1\">See note[^9] below.</p>\n", html);
    }

    [Theory]
    [InlineData("[Butz?]: That's about $1.3 billion.")]
    [InlineData("[1]: Document")]
    [InlineData("[*less than 1 line of source text not declassified*]:\nFollows")]
    public void ALineThatLooksLikeALinkDefinitionIsTheSpeakersWords(string markdown)
    {
        var html = MarkdownRenderer.RenderMarkdown(markdown);

        Assert.StartsWith("<p id=\"p1\">[", html, StringComparison.Ordinal);
        Assert.Contains("]:", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ALinkWhoseTargetIsNotAnAddressIsTheSourcesText()
    {
        var html = MarkdownRenderer.RenderMarkdown("[footnote](3) Forty percent of the shares");

        Assert.Equal("<p id=\"p1\">[footnote](3) Forty percent of the shares</p>\n", html);
    }

    [Fact]
    public void ALinkToAnAddressStaysALink()
    {
        var html = MarkdownRenderer.RenderMarkdown("See [the volume](https://history.state.gov/historicaldocuments/frus1961-63v01).");

        Assert.Contains("<a href=\"https://history.state.gov/historicaldocuments/frus1961-63v01\">the volume</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnderlineOfDashesIsARuleNotAHeading()
    {
        var html = MarkdownRenderer.RenderMarkdown("MEMORANDUM\n---\nText");

        Assert.DoesNotContain("<h2", html, StringComparison.Ordinal);
        Assert.Contains("MEMORANDUM", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainTextForTheIndexHoldsTheNotesAfterTheText()
    {
        var document = new ArchiveDocument("x", "T", null, new Citation("c", null, null, null, [], ""), "s", "English", "Transcript",
            "Group[^2] and [at Sharpeville][^3].\n\n[^1]: On the heading.\n[^2]: See *Document 89*.\n[^3]: March 21.", RecordFormat.Markdown, "x.md");

        var text = MarkdownRenderer.ToPlainText(document);

        Assert.Equal("Group and [at Sharpeville].\n\n1 On the heading.\n\n2 See Document 89.\n\n3 March 21.", text);
    }

    [Theory]
    [InlineData("* Entry not declassified.", "* Entry not declassified.")]
    [InlineData("- a dash first", "- a dash first")]
    [InlineData("> quoted", "&gt; quoted")]
    public void ANoteThatBeginsWithAListOrQuoteMarkKeepsItAsText(string note, string shown)
    {
        var html = MarkdownRenderer.RenderMarkdown("Text[^x3].\n\n[^x3]: " + note);

        Assert.Contains("<div class=\"footnote-text\"><p>" + shown + " <a href=\"#fnref:x3\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<ul", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blockquote", html, StringComparison.Ordinal);
    }
}
