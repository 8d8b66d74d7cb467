using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search;

/// <summary><see cref="ArchiveSite.Core.Search.ArchiveSearcher.Around"/>: three places of a result list, for stepping through it from a document.</summary>
public sealed class ResultWindowTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Theory]
    [InlineData("pilots", null)]
    [InlineData("pilots", SearchSort.Date)]
    [InlineData(null, SearchSort.DateDescending)]
    [InlineData("training OR border", SearchSort.Archival)]
    public void EveryPlaceHasTheRecordTheListShowsThereAndItsNeighbours(string? text, SearchSort? sort)
    {
        var request = new SearchRequest(text, Sort: sort, PageSize: 100, Filters: text is null ? new Dictionary<string, IReadOnlyList<string>> { ["language"] = ["Russian"] } : null);
        var listed = archive.Searcher.Search(request).Hits.Select(h => h.Id).ToArray();
        Assert.True(listed.Length >= 2);

        for (var position = 1; position <= listed.Length; position++)
        {
            var window = archive.Searcher.Around(request with { PageSize = 20 }, position);

            Assert.Null(window.Error);
            Assert.Equal(listed.Length, window.Total);
            Assert.Equal(listed[position - 1], window.CurrentId);
            Assert.Equal(position > 1 ? listed[position - 2] : null, window.PreviousId);
            Assert.Equal(position < listed.Length ? listed[position] : null, window.NextId);
        }
    }

    [Fact]
    public void APlacePastTheEndHasOnlyTheLastRecordBeforeIt()
    {
        var listed = archive.Ids("pilots");

        var justAfter = archive.Searcher.Around(new SearchRequest("pilots"), listed.Length + 1);
        var farAfter = archive.Searcher.Around(new SearchRequest("pilots"), int.MaxValue);

        Assert.Equal((listed[^1], null, null), (justAfter.PreviousId, justAfter.CurrentId, justAfter.NextId));
        Assert.Equal((null, null, null, listed.Length), (farAfter.PreviousId, farAfter.CurrentId, farAfter.NextId, farAfter.Total));
    }

    [Theory]
    [InlineData("\"unclosed", null, null)]
    [InlineData("pilots", "not a date", null)]
    [InlineData("pilots", null, "shelf")]
    public void ASearchThatCannotRunSaysWhyAndFindsNothing(string text, string? from, string? facet)
    {
        var filters = facet is null ? null : new Dictionary<string, IReadOnlyList<string>> { [facet] = ["1"] };

        var window = archive.Searcher.Around(new SearchRequest(text, from, Filters: filters), 1);

        Assert.NotNull(window.Error);
        Assert.Equal((0, null), (window.Total, window.CurrentId));
    }
}
