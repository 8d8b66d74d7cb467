using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>A search's matches ranked by a value the index does not hold (the feed's "newest text first").</summary>
public sealed class TopByTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Fact]
    public void EveryMatchIsRankedAndTheLargestComeFirst()
    {
        var request = new SearchRequest("pilots");
        var all = archive.Search("pilots");
        var rank = all.Hits.Select((h, i) => (h.Id, Rank: (long)i)).ToDictionary(x => x.Id, x => x.Rank);

        var (ids, total, error) = archive.Searcher.TopBy(request, id => rank[id], count: 10);

        Assert.Null(error);
        Assert.Equal(all.TotalHits, total);
        Assert.Equal(all.Hits.Select(h => h.Id).Reverse(), ids);
    }

    [Fact]
    public void OnlyTheCountAskedForIsKeptAndTiesGoById()
    {
        var (ids, total, _) = archive.Searcher.TopBy(new SearchRequest(), _ => 7, count: 2);

        Assert.Equal(archive.Documents.Count, total);
        Assert.Equal(archive.Documents.Select(d => d.Id).Order(StringComparer.Ordinal).Take(2), ids);
    }

    [Fact]
    public void DatesAndFacetsNarrowTheMatchesAsTheyNarrowASearch()
    {
        var (ids, total, _) = archive.Searcher.TopBy(new SearchRequest(From: "1950-11-18"), _ => 0, count: 10);

        Assert.Equal(archive.Ids(from: "1950-11-18").Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, total);
    }

    [Theory]
    [InlineData("\"unclosed", null)]
    [InlineData("pilots", "not a date")]
    public void ARequestThatCannotRunSaysWhy(string text, string? from)
    {
        var (ids, _, error) = archive.Searcher.TopBy(new SearchRequest(text, from), _ => 0, count: 10);

        Assert.Empty(ids);
        Assert.NotNull(error);
    }
}
