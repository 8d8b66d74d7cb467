using System.Net;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>/collections, a collection's documents in its own order, searching inside one, and a document's previous and next in its collections.</summary>
public sealed class CollectionPagesTests(CollectionsSiteFactory factory) : IClassFixture<CollectionsSiteFactory>
{
    private const string Volume = "frus1964-68v15";

    private static string[] Paths(AngleSharp.Dom.IParentNode page, string selector) =>
        page.QuerySelectorAll(selector).Select(a => a.GetAttribute("href")!.Split('?')[0]).ToArray();

    [Fact]
    public async Task TheCollectionsPageListsVolumesAndFondsWithCountsAndYears()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), "/collections");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"/collections/{Volume}"], Paths(page, "#volumes-heading ~ ul a"));
        Assert.Equal(["/collections/aprf-fond-45", "/collections/avprf-fond-059a"], Paths(page, "#fonds-heading ~ ul a"));
        var items = page.QuerySelectorAll(".collection-list li").Select(li => li.Text()).ToArray();
        Assert.Equal($"{CollectionsSiteFactory.VolumeTitle} 5 documents, 1964", items[0]);
        Assert.Equal($"APRF, Fond 45 {CollectionsSiteFactory.FondRecords + 2} documents, 1950–1951", items[1]);
        Assert.Equal("AVPRF, Fond 059a 2 documents, 1950", items[2]);
    }

    [Fact]
    public async Task AVolumeListsItsDocumentsByNumberNotByCharacterOrDate()
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), $"/collections/{Volume}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CollectionsSiteFactory.VolumeTitle, page.QuerySelector("h1").Text());
        Assert.Equal(["Document 2", "Document 10", "Document 14", "Document 15", "Document 16"], page.QuerySelectorAll(".collection-items .place").Select(p => p.Text()));
        Assert.Equal(new[] { 2, 10, 14, 15, 16 }.Select(n => $"/documents/{Volume}-d{n}"), Paths(page, ".collection-items a"));
    }

    [Fact]
    public async Task AFondListsItsDocumentsInArchivalOrderFiftyToAPage()
    {
        var client = factory.CreateClient();
        var (_, first) = await Html.GetAsync(client, "/collections/aprf-fond-45");
        var (_, second) = await Html.GetAsync(client, "/collections/aprf-fond-45?page=2");

        // The seeds at listy 88-89 and 90-91, then listy 1001, 1002, … whose dates run backwards.
        var expected = new[] { "112079", "112082" }.Concat(Enumerable.Range(1, CollectionsSiteFactory.FondRecords).Select(CollectionsSiteFactory.FondId)).Select(id => "/documents/" + id).ToArray();
        Assert.Equal(expected[..50], Paths(first, ".collection-items a"));
        Assert.Equal(expected[50..], Paths(second, ".collection-items a"));
        Assert.Equal("51", second.QuerySelector(".collection-items")!.GetAttribute("start"));
        Assert.Equal("Opis 1, Delo 347, Listy 88-89", first.QuerySelector(".collection-items .place").Text());
        Assert.Equal("Page 1 of 2", first.QuerySelector(".pager p").Text());
    }

    [Fact]
    public async Task OneRecordIsInEachFondItCitesInThatFondsOwnOrder()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/collections/avprf-fond-059a");

        // Listy 165-166 (112082) before 180-181 (112079): the reverse of their order in APRF.
        Assert.Equal(["/documents/112082", "/documents/112079"], Paths(page, ".collection-items a"));
    }

    [Theory]
    [InlineData("/collections/no-such-collection")]
    [InlineData("/collections/FRUS1964-68V15")]
    [InlineData("/collections/a%20b")]
    [InlineData("/collections/..%2F..%2Fetc")]
    public async Task AnUnknownOrMalformedCollectionIsTheNotFoundPage(string url)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.Null(page.QuerySelector(".collection-items"));
    }

    [Theory]
    [InlineData("?page=9")]
    [InlineData("?page=2147483647")]
    public async Task APagePastTheEndSaysSoAndLinksTheFirst(string query)
    {
        var (response, page) = await Html.GetAsync(factory.CreateClient(), $"/collections/{Volume}{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(".collection-items li"));
        Assert.Contains("the collection fills 1 page", page.QuerySelector("[role=status]").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentLinksThePreviousAndNextDocumentOfItsVolume()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), $"/documents/{Volume}-d15");

        var place = Assert.Single(page.QuerySelectorAll(".collection-place"));
        Assert.StartsWith($"Document 15 in {CollectionsSiteFactory.VolumeTitle} (4 of the archive’s 5 from it)", place.QuerySelector("p").Text(), StringComparison.Ordinal);
        Assert.Equal([$"/collections/{Volume}", $"/documents/{Volume}-d14", $"/documents/{Volume}-d16"], Paths(place, "a"));
        Assert.Equal(["Previous: Document 14. Memorandum on Berlin, number 14", "Next: Document 16. Memorandum on Berlin, number 16"], place.QuerySelectorAll("li").Select(li => li.Text()));
    }

    [Fact]
    public async Task TheFirstAndLastDocumentsOfACollectionHaveOneNeighbour()
    {
        var client = factory.CreateClient();
        var (_, first) = await Html.GetAsync(client, $"/documents/{Volume}-d2");
        var (_, last) = await Html.GetAsync(client, $"/documents/{Volume}-d16");

        Assert.Equal(["Next: Document 10. Memorandum on Berlin, number 10"], first.QuerySelectorAll(".collection-place li").Select(li => li.Text()));
        Assert.Equal(["Previous: Document 15. Memorandum on Berlin, number 15"], last.QuerySelectorAll(".collection-place li").Select(li => li.Text()));
    }

    [Fact]
    public async Task ADocumentInTwoFondsHasItsNeighboursInEach()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/documents/112079");

        var places = page.QuerySelectorAll(".collection-place");
        Assert.Equal(2, places.Length);
        Assert.Equal(["/collections/aprf-fond-45", "/documents/112082"], Paths(places[0], "a"));
        Assert.Equal(["/collections/avprf-fond-059a", "/documents/112082"], Paths(places[1], "a"));
        Assert.StartsWith("Next:", places[0].QuerySelector("li").Text(), StringComparison.Ordinal);
        Assert.StartsWith("Previous:", places[1].QuerySelector("li").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchingInsideACollectionFindsOnlyItsDocuments()
    {
        var client = factory.CreateClient();
        var (_, collection) = await Html.GetAsync(client, $"/collections/{Volume}");
        var form = collection.QuerySelector("form.collection-search")!;
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal(CollectionsSiteFactory.VolumeTitle, form.QuerySelector("input[name='f.collection']")!.GetAttribute("value"));

        // What the form sends: the words typed, and the collection as a facet.
        var (_, results) = await Html.GetAsync(client, "/search?q=pilots&f.collection=" + Uri.EscapeDataString(CollectionsSiteFactory.VolumeTitle));

        Assert.Equal("5 documents found", results.QuerySelector("#results-heading").Text());
        Assert.All(Paths(results, "li.hit h3 a"), path => Assert.StartsWith($"/documents/{Volume}-d", path, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("collection:frus1964-68v15", 5)]
    [InlineData("collection:FRUS1964-68v15", 5)]
    [InlineData("collection:avprf-fond-059a", 2)]
    [InlineData("pilots AND collection:aprf-fond-45", CollectionsSiteFactory.FondRecords + 2)]
    [InlineData("collection:no-such-collection", 0)]
    public async Task TheCollectionFieldFindsACollectionsDocuments(string query, int count)
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=" + Uri.EscapeDataString(query));

        Assert.Null(page.QuerySelector(".error-message"));
        Assert.Equal(count switch { 0 => "No documents found", 1 => "1 document found", _ => $"{count} documents found" }, page.QuerySelector("#results-heading").Text());
    }

    [Fact]
    public async Task SearchResultsHaveACollectionFacet()
    {
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=pilots");

        var values = page.QuerySelectorAll("#facet-collection + ul li").Select(li => li.Text()).ToArray();
        Assert.Equal([$"APRF, Fond 45 {CollectionsSiteFactory.FondRecords + 2}", $"{CollectionsSiteFactory.VolumeTitle} 5", "AVPRF, Fond 059a 2"], values);
    }
}
