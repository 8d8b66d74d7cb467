using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Search.Results;

public sealed class FacetValueListTests
{
    private static FacetGroup Group(string key, params (string Value, int Count)[] values) =>
        new(Facets.Find(key)!, values.Select(v => new FacetValue(v.Value, Facets.DisplayValue(key, v.Value), v.Count, false)).ToArray());

    [Theory]
    [InlineData("index", FacetValueOrder.Index)]
    [InlineData(" INDEX ", FacetValueOrder.Index)]
    [InlineData("count", FacetValueOrder.Count)]
    [InlineData(null, FacetValueOrder.Count)]
    [InlineData("sideways", FacetValueOrder.Count)]
    public void TheOrderParameterIsReadLeniently(string? value, FacetValueOrder expected) =>
        Assert.Equal(expected, FacetValueList.ParseOrder(value));

    [Fact]
    public void ByCountMostFirstTiesInValueOrder()
    {
        var group = Group("sender", ("Stalin", 1), ("Gromyko", 3), ("Acheson", 1));

        Assert.Equal(["Gromyko", "Acheson", "Stalin"], FacetValueList.Order(group, FacetValueOrder.Count).Select(v => v.Value));
    }

    [Fact]
    public void IndexOrderIsAlphabeticalIgnoringCase()
    {
        var group = Group("sender", ("de Gaulle", 1), ("Stalin", 5), ("Acheson", 2));

        Assert.Equal(["Acheson", "de Gaulle", "Stalin"], FacetValueList.Order(group, FacetValueOrder.Index).Select(v => v.Value));
    }

    [Fact]
    public void IndexOrderOfMonthsIsByDateNotByMonthName()
    {
        var group = Group("month", ("1950-11", 1), ("1950-02", 1), ("1949-12", 1));

        Assert.Equal(["1949-12", "1950-02", "1950-11"], FacetValueList.Order(group, FacetValueOrder.Index).Select(v => v.Value));
    }

    [Fact]
    public void PagesSliceTheValues()
    {
        var values = Enumerable.Range(1, 5).Select(i => new FacetValue($"v{i}", $"v{i}", i, false)).ToArray();

        Assert.Equal(["v3", "v4"], FacetValueList.Page(values, 2, pageSize: 2).Select(v => v.Value));
        Assert.Equal(["v5"], FacetValueList.Page(values, 3, pageSize: 2).Select(v => v.Value));
        Assert.Empty(FacetValueList.Page(values, 4, pageSize: 2));
        Assert.Equal(3, FacetValueList.PageCount(5, pageSize: 2));
        Assert.Equal(0, FacetValueList.PageCount(0));
    }
}
