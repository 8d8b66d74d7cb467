using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>"Did you mean" over the vocabulary of the 22,029 FRUS records.</summary>
public sealed class CorpusSpellingTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void MisspelledWordsOfDiplomaticHistoryAreCorrectedFromTheCorpus()
    {
        using var index = ArchiveIndex.Build(corpus.Result.Documents, indexPath: null, NameAuthority.Default);
        var searcher = new ArchiveSearcher(index);

        string? Suggest(string query) => searcher.SuggestSpelling(searcher.Search(new SearchRequest(query)))?.Text;

        Assert.Equal("Eisenhower Dulles", Suggest("Eisenhwer Dulles"));
        Assert.Equal("Khrushchev", Suggest("Khrushchv"));
        Assert.Equal("disarmament", Suggest("disarmamnet"));
        Assert.Null(searcher.SuggestSpelling(searcher.Search(new SearchRequest("disarmament"))));
    }
}
