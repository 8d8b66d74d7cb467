using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Search;

public sealed class FacetTests(TestArchive archive) : IClassFixture<TestArchive>
{
    private static Dictionary<string, IReadOnlyList<string>> Filter(string key, params string[] values) => new() { [key] = values };

    private static IReadOnlyDictionary<string, int> Counts(SearchResults results, string key) =>
        results.Facets.Single(f => f.Dimension.Key == key).Values.ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public void FacetsCountEveryMatchingRecordNotOnlyThePage()
    {
        var results = archive.Searcher.Search(new SearchRequest(PageSize: 1));

        Assert.Equal(new Dictionary<string, int> { ["1949"] = 1, ["1950"] = 3 }, Counts(results, "year"));
        Assert.Equal(new Dictionary<string, int> { ["1950-11"] = 3 }, Counts(results, "month"));
        Assert.Equal(new Dictionary<string, int> { ["Russian"] = 4, ["English"] = 1 }, Counts(results, "language"));
        Assert.Equal(new Dictionary<string, int> { ["APRF"] = 3, ["AVPRF"] = 3 }, Counts(results, "archive"));
        Assert.Equal(2, Counts(results, "fond")["APRF, Fond 45"]);
        Assert.Equal(2, Counts(results, "delo")["APRF, Fond 45, Opis 1, Delo 347"]);
        Assert.Equal(new Dictionary<string, int> { ["Joseph Stalin"] = 1, ["Terentii Shtykov"] = 1, ["Kim Il Sung"] = 1 }, Counts(results, "sender"));
        Assert.Equal(new Dictionary<string, int> { ["Terentii Shtykov"] = 1 }, Counts(results, "via"));
    }

    [Fact]
    public void ASelectedValueNarrowsTheResultsAndIsMarkedSelected()
    {
        var results = archive.Searcher.Search(new SearchRequest(Filters: Filter("sender", "Kim Il Sung")));

        Assert.Equal(["112079"], results.Hits.Select(h => h.Id));
        Assert.True(results.Facets.Single(f => f.Dimension.Key == "sender").Values.Single(v => v.Value == "Kim Il Sung").Selected);
    }

    [Fact]
    public void FacetsCombineWithEachOtherWithWordsAndWithDates()
    {
        Assert.Equal(["112079", "112082"], archive.Searcher.Search(new SearchRequest(Filters: new Dictionary<string, IReadOnlyList<string>>
        {
            ["archive"] = ["APRF", "AVPRF"],
            ["year"] = ["1950"],
        })).Hits.Select(h => h.Id).Order());
        Assert.Equal(["112082"], archive.Searcher.Search(new SearchRequest("pilots", Filters: Filter("via", "Terentii Shtykov"))).Hits.Select(h => h.Id));
        Assert.Equal(["month-1950"], archive.Searcher.Search(new SearchRequest(From: "1950-11-01", To: "1950-11-30", Filters: Filter("fond", "APRF, Fond 3"))).Hits.Select(h => h.Id));
    }

    [Fact]
    public void MonthsAreShownByName()
    {
        Assert.Equal("November 1950", Facets.DisplayValue("month", "1950-11"));
        Assert.Equal("Russian", Facets.DisplayValue("language", "Russian"));
    }

    [Fact]
    public void AnUnknownFacetIsExplained()
    {
        var results = archive.Searcher.Search(new SearchRequest(Filters: Filter("colour", "red")));

        Assert.Contains("no facet called 'colour'", results.Error, StringComparison.Ordinal);
    }
}
