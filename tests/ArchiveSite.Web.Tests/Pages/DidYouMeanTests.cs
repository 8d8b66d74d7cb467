namespace ArchiveSite.Web.Tests.Pages;

/// <summary>"Did you mean" on the search page: a link to the corrected search, keeping everything else.</summary>
public sealed class DidYouMeanTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Fact]
    public async Task AMisspellingThatFindsNothingIsAnsweredWithTheCorrectedSearch()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=Shtykv&sort=date&f.language=Russian&page=2");

        Assert.Equal("No documents found", page.QuerySelector("#results-heading").Text());
        var link = page.QuerySelector(".did-you-mean a");
        Assert.Equal("Shtykov", link!.QuerySelector("strong").Text());
        Assert.Equal("/search?q=Shtykov&sort=date&f.language=Russian", link.GetAttribute("href"));

        var (_, corrected) = await Html.GetAsync(factory.CreateClient(), link.GetAttribute("href")!);
        Assert.Equal("2 documents found", corrected.QuerySelector("#results-heading").Text());
        Assert.Null(corrected.QuerySelector(".did-you-mean"));
    }

    [Fact]
    public async Task OnlyTheCorrectedWordIsBold()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=Korean+piolts");

        Assert.Equal("Did you mean: Korean pilots? (2 documents)", page.QuerySelector(".did-you-mean").Text());
        Assert.Equal(["pilots"], page.QuerySelectorAll(".did-you-mean strong").Select(s => s.Text()));
    }

    [Fact]
    public async Task ACorrectionThatFindsManyMoreIsOfferedBesideTheResults()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=Manchuira+OR+Gromyko");

        Assert.Equal("1 document found", page.QuerySelector("#results-heading").Text());
        Assert.Equal("/search?q=Manchuria%20OR%20Gromyko", page.QuerySelector(".did-you-mean a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task NoSuggestionForAQuerySpelledRight()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=Manchuria");

        Assert.Null(page.QuerySelector(".did-you-mean"));
    }
}
