using ArchiveSite.Core.Tests;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>Footnotes on real FRUS pages, as the source labels them (the records the fidelity issue names).</summary>
public sealed class FootnotePageTests(FootnotePageTests.Site site) : IClassFixture<FootnotePageTests.Site>
{
    /// <summary>The site over the committed FRUS slice.</summary>
    public sealed class Site : IDisposable
    {
        public ArchiveSiteFactory Factory { get; } = new() { DocumentsPath = RepositoryPaths.FrusSlice };

        public void Dispose() => Factory.Dispose();
    }

    private async Task<AngleSharp.Dom.IElement> BodyOf(string id)
    {
        var (response, page) = await Html.GetAsync(site.Factory.CreateClient(), "/documents/" + id);
        response.EnsureSuccessStatusCode();
        return page.QuerySelector("article.document .body")!;
    }

    [Fact]
    public async Task NotesTwoToSixShowAsTwoToSixNotOneToFive()
    {
        var body = await BodyOf("frus1961-63v01-d112");

        Assert.Equal(["2", "3", "4", "5", "6"], body.QuerySelectorAll("a.footnote-ref").Select(a => a.TextContent));
        Assert.Equal(["2", "3", "4", "5", "6"], body.QuerySelectorAll(".footnotes .footnote-label").Select(l => l.TextContent));
        Assert.Equal(["fn:2", "fn:3", "fn:4", "fn:5", "fn:6"], body.QuerySelectorAll(".footnotes li").Select(li => li.Id));
    }

    [Fact]
    public async Task TheNoteOnTheHeadingIsListedWithItsText()
    {
        var body = await BodyOf("frus1948v01p1-d119");

        var note = body.QuerySelector("li#fn\\:1")!;
        Assert.Equal("1", note.QuerySelector(".footnote-label")!.TextContent);
        Assert.StartsWith("Repeated to New York as Dept.’s 159, with the following additional paragraph:", note.QuerySelector(".footnote-text")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("on the document as a whole", note.QuerySelector(".footnote-context")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEditorialInsertionBeforeAMarkerIsOnThePage()
    {
        var body = await BodyOf("frus1958-60v02-d145");

        var marker = body.QuerySelector("a#fnref\\:17")!;
        Assert.EndsWith("killings [at Sharpeville]", marker.PreviousSibling!.TextContent, StringComparison.Ordinal);
        Assert.Equal("17", marker.TextContent);
    }

    [Fact]
    public async Task EveryDefinitionOfARepeatedLabelIsShownAndLinkedFromItsOwnMarker()
    {
        var body = await BodyOf("frus1961-63v08-d49");

        var stars = body.QuerySelectorAll(".footnotes li").Where(li => li.QuerySelector(".footnote-label")!.TextContent == "*").ToList();
        Assert.Equal(["fn:*", "fn:*~2", "fn:*~3", "fn:*~4"], stars.Select(li => li.Id));
        Assert.All(stars, li => Assert.Contains("Notes 1, 2, 3 and 4—See Appendix.", li.TextContent, StringComparison.Ordinal));
        Assert.Equal(["#fn:*", "#fn:*~2", "#fn:*~3", "#fn:*~4"],
            body.QuerySelectorAll("a.footnote-ref").Where(a => a.TextContent == "*").Select(a => a.GetAttribute("href")));
    }
}
