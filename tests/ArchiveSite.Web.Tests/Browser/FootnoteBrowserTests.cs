using ArchiveSite.Core.Tests;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>The browser on the committed FRUS slice, whose notes carry labels such as * and ‡.</summary>
public sealed class FrusSliceBrowserFixture() : BrowserFixture(new ArchiveSiteFactory { DocumentsPath = RepositoryPaths.FrusSlice });

/// <summary>In Chromium, a marker leads to its note and the note back to the marker, whatever the label.</summary>
public sealed class FootnoteBrowserTests(FrusSliceBrowserFixture browser) : IClassFixture<FrusSliceBrowserFixture>
{
    [Theory]
    [InlineData("2", "fn:2", "fnref:2")]
    [InlineData("*", "fn:*", "fnref:*")]
    [InlineData("‡", "fn:‡", "fnref:‡")]
    public async Task AMarkerLeadsToItsNoteAndTheNoteBackToTheMarker(string label, string noteId, string markerId)
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/documents/frus1952-54v01p1-d81");

        await page.Locator("a.footnote-ref", new() { HasTextString = label }).First.ClickAsync();
        Assert.Equal(noteId, await page.EvaluateAsync<string>("() => document.querySelector(':target')?.id"));
        Assert.Equal(label, await page.Locator(":target .footnote-label").TextContentAsync());

        await page.Locator(":target a.footnote-back-ref").ClickAsync();
        Assert.Equal(markerId, await page.EvaluateAsync<string>("() => document.querySelector(':target')?.id"));
    }
}
