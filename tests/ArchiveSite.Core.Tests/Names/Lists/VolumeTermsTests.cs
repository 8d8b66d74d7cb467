using ArchiveSite.Core.Names.Lists;

namespace ArchiveSite.Core.Tests.Names.Lists;

/// <summary>A volume's abbreviations explain themselves in a record's rendered text.</summary>
public sealed class VolumeTermsTests
{
    private static readonly VolumeTerms Terms = new(
    [
        new("v", "t_AEC1", "AEC", "Atomic Energy Commission"),
        new("v", "t_AFL1", "A.F. of L.", "American Federation of Labor"),
        new("v", "t_AEC2", "AEC", "printed twice"),
        new("v", "t_UN1", "UN", "United Nations & \"friends\""),
    ]);

    [Fact]
    public void EachUseOfATermIsWrappedWithItsMeaningAndTheTermsUsedAreListedInOrder()
    {
        var (html, used) = Terms.Explain("<p id=\"p1\">The UN and the AEC; the A.F. of L. and the AEC.</p>");

        Assert.Equal("<p id=\"p1\">The <abbr title=\"United Nations &amp; &quot;friends&quot;\">UN</abbr> and the <abbr title=\"Atomic Energy Commission\">AEC</abbr>; the <abbr title=\"American Federation of Labor\">A.F. of L.</abbr> and the <abbr title=\"Atomic Energy Commission\">AEC</abbr>.</p>", html);
        Assert.Equal(["UN", "AEC", "A.F. of L."], used.Select(t => t.Term));
    }

    [Fact]
    public void ATermInsideAWordOrATagOrInLowerCaseIsLeftAlone()
    {
        const string html = "<p class=\"AEC\">AECX and un and FUN &amp; more</p>";

        var (explained, used) = Terms.Explain(html);

        Assert.Equal(html, explained);
        Assert.Empty(used);
    }

    [Fact]
    public void TheTextsCharactersAreKept()
    {
        var (html, _) = Terms.Explain("<p>AEC &lt;secret&gt; — “UN”</p>");

        Assert.Equal("AEC <secret> — “UN”", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]*>", "")));
    }
}
