using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Names.Lists;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Names.Lists;

/// <summary>
/// The volumes' lists tag records with people, but a query's words are never rewritten to them: on
/// the FRUS slice, a search ranks exactly as it does without the lists, names included.
/// </summary>
public sealed class ListsLeaveRankingAloneTests
{
    [Theory]
    [Trait("Corpus", "FRUS")]
    [InlineData("Khrushchev")]
    [InlineData("Dulles")]
    [InlineData("Secretary Dulles Berlin")]
    [InlineData("\"Chairman Khrushchev\"")]
    [InlineData("Eisenhower OR Kennedy")]
    [InlineData("Molotov")]
    public void ASearchRanksAsItDoesWithoutTheLists(string query)
    {
        var documents = DocumentLoader.Load(RepositoryPaths.FrusSlice).Documents;
        var lists = NameLists.Load([RepositoryPaths.FrusPersons], [RepositoryPaths.FrusTerms], NameAuthority.Default.People);

        Assert.Equal(Ranked(documents, NameAuthority.Default, query), Ranked(documents, NameAuthority.Default.WithLists(lists), query));
    }

    private static string[] Ranked(IReadOnlyCollection<ArchiveDocument> documents, NameAuthority names, string query)
    {
        using var index = ArchiveIndex.Build(documents, indexPath: null, names);
        var results = new ArchiveSearcher(index).Search(new SearchRequest(query) { PageSize = 50 });
        Assert.True(results.TotalHits > 0, $"'{query}' finds something on the slice");
        return results.Hits.Select(h => h.Id).ToArray();
    }
}
