using System.Net;
using ArchiveSite.Core.Tests;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>The site on the FRUS slice committed with the tests: each volume its own collection, in the volume's order, with the previous and next document of it.</summary>
[Trait("Corpus", "FRUS")]
public sealed class FrusCollectionPagesTests(FrusCollectionPagesTests.SliceSite site) : IClassFixture<FrusCollectionPagesTests.SliceSite>
{
    /// <summary>The site over <c>tests/corpus/frus</c>.</summary>
    public sealed class SliceSite : ArchiveSiteFactory
    {
        public SliceSite() => DocumentsPath = RepositoryPaths.FrusSlice;
    }

    // The slice's documents of this volume, by number: d3, d66, d92, d119, d130, …
    private static readonly int[] Volume1948Numbers = Directory.GetFiles(RepositoryPaths.FrusSlice, "frus1948v01p1-d*")
        .Select(f => int.Parse(Path.GetFileNameWithoutExtension(f)["frus1948v01p1-d".Length..], System.Globalization.CultureInfo.InvariantCulture))
        .Order()
        .ToArray();

    [Fact]
    public async Task TheCollectionsPageListsEveryVolumeOfTheSliceWithItsCount()
    {
        var byVolume = Directory.GetFiles(RepositoryPaths.FrusSlice).Select(f => Path.GetFileNameWithoutExtension(f))
            .GroupBy(name => name[..name.LastIndexOf("-d", StringComparison.Ordinal)])
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToArray();

        var (_, page) = await Html.GetAsync(site.CreateClient(), "/collections");

        var items = page.QuerySelectorAll("#volumes-heading ~ ul li");
        Assert.Equal(byVolume.Select(g => "/collections/" + g.Key), items.Select(li => li.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(byVolume.Select(g => g.Count() == 1 ? "1 document" : $"{g.Count()} documents"), items.Select(li => li.QuerySelector(".collection-facts").Text().Split(',')[0]));
        Assert.Null(page.QuerySelector("#fonds-heading"));
    }

    [Fact]
    public async Task AVolumePageListsItsDocumentsByNumberD3BeforeD66BeforeD119()
    {
        var (response, page) = await Html.GetAsync(site.CreateClient(), "/collections/frus1948v01p1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Foreign Relations of the United States, 1948, General; the United Nations, Volume I, Part 1", page.QuerySelector("h1").Text());
        Assert.Equal(Volume1948Numbers.Select(n => $"Document {n}"), page.QuerySelectorAll(".collection-items .place").Select(p => p.Text()));
        Assert.Equal(Volume1948Numbers.Select(n => $"/documents/frus1948v01p1-d{n}"), page.QuerySelectorAll(".collection-items a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ADocumentLinksTheDocumentsBeforeAndAfterItInItsVolume()
    {
        var at = Array.IndexOf(Volume1948Numbers, 119);
        Assert.True(at > 0 && at < Volume1948Numbers.Length - 1);

        var (_, page) = await Html.GetAsync(site.CreateClient(), "/documents/frus1948v01p1-d119");

        var place = Assert.Single(page.QuerySelectorAll(".collection-place"));
        Assert.StartsWith("Document 119 in Foreign Relations of the United States, 1948", place.QuerySelector("p").Text(), StringComparison.Ordinal);
        Assert.Equal(
            ["/collections/frus1948v01p1", $"/documents/frus1948v01p1-d{Volume1948Numbers[at - 1]}", $"/documents/frus1948v01p1-d{Volume1948Numbers[at + 1]}"],
            place.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task AVolumeWhoseAddressHasCapitalsKeepsThemInItsId()
    {
        var (response, page) = await Html.GetAsync(site.CreateClient(), "/collections/frus1952-54Guat");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Foreign Relations of the United States, 1952–1954, Guatemala", page.QuerySelector("h1").Text());
    }
}
