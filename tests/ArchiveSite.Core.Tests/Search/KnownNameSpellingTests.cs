using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Names.Lists;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>A rare misspelling two letters from a known person's name is offered the name; the search itself is unchanged.</summary>
public sealed class KnownNameSpellingTests
{
    private static List<ArchiveDocument> Records()
    {
        var documents = new List<ArchiveDocument>();
        for (var i = 0; i < 30; i++)
        {
            documents.Add(TestArchive.Parse($"r{i}.txt", $"Record {i}", "November 20, 1950", $"https://example.org/document/name-{i}", "APRF, Fond 3", "A test record.", $"Khrushchev spoke to the ambassador, meeting {i}."));
        }

        documents.Add(TestArchive.Parse("r30.txt", "Record 30", "November 20, 1950", "https://example.org/document/name-30", "APRF, Fond 3", "A test record.", "Kruschev spoke once more."));
        return documents;
    }

    private static (string? Suggestion, int Hits, int ExactHits) Search(NameAuthority names, string query)
    {
        using var index = ArchiveIndex.Build(Records(), indexPath: null, names);
        var searcher = new ArchiveSearcher(index);
        var results = searcher.Search(new SearchRequest(query));
        return (searcher.SuggestSpelling(results)?.Text, results.TotalHits, searcher.Search(new SearchRequest("Khrushchev")).TotalHits);
    }

    [Fact]
    public void AMisspellingTwoLettersFromAListedNameIsOfferedTheName()
    {
        var lists = new NameLists(ListedPeople.Group([new("v", "p_KNS1", "Khrushchev, Nikita S.", "Chairman")], NameAuthority.Default.People), []);

        var (suggestion, hits, exact) = Search(NameAuthority.Default.WithLists(lists), "Kruschev");

        Assert.Equal("Khrushchev", suggestion);
        Assert.Equal(1, hits);
        Assert.Equal(30, exact);
    }

    [Fact]
    public void WithoutTheNameKnownTwoLettersAreTooFarForARareWord()
    {
        var (suggestion, hits, exact) = Search(NameAuthority.Default, "Kruschev");

        Assert.Null(suggestion);
        Assert.Equal(1, hits);
        Assert.Equal(30, exact);
    }
}
