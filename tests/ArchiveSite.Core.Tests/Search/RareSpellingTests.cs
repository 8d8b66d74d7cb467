using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>"Did you mean" for a spelling that a few records share while a near one fills far more.</summary>
public sealed class RareSpellingTests : IDisposable
{
    private readonly ArchiveIndex _index;
    private readonly ArchiveSearcher _searcher;

    public RareSpellingTests()
    {
        // 30 records say Khrushchev, 1 misspells him Khruschev; Lysikov is a real name in 2 records,
        // and Lisikov (one letter off) is no one. Jane, in 1 record, is one letter from June, in
        // 30; Ahmedi, in 1, is two from armed, in 30: real words both, however rare.
        var documents = new List<ArchiveDocument>();
        for (var i = 0; i < 30; i++)
        {
            documents.Add(Record(i, $"Khrushchev spoke to the ambassador about Berlin in June, meeting {i}, as the armed guards said."));
        }

        documents.Add(Record(33, "Jane Ahmedi kept the minutes."));

        documents.Add(Record(30, "Khruschev spoke to the ambassador about Berlin once more."));
        documents.Add(Record(31, "Valery Lysikov wrote to his mother."));
        documents.Add(Record(32, "Lysikov was released in April."));
        _index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default);
        _searcher = new ArchiveSearcher(_index);
    }

    private static ArchiveDocument Record(int n, string body) =>
        TestArchive.Parse($"r{n}.txt", $"Record {n}", "November 20, 1950", $"https://example.org/document/spell-{n}", "APRF, Fond 3", "A test record.", body);

    private string? Suggest(string query) => _searcher.SuggestSpelling(_searcher.Search(new SearchRequest(query)))?.Text;

    [Fact]
    public void AMisspellingAFewRecordsShareIsOfferedTheCommonSpelling()
    {
        Assert.Equal(1, _searcher.Search(new SearchRequest("Khruschev")).TotalHits);

        Assert.Equal("Khrushchev", Suggest("Khruschev"));
        Assert.Equal("Khrushchev Berlin", Suggest("Khruschev Berlin"));
    }

    [Fact]
    public void ARareRealWordWithoutACommonNeighbourIsLeftAlone()
    {
        Assert.Null(Suggest("Lysikov"));
        Assert.Null(Suggest("Khrushchev"));
    }

    [Theory]
    [InlineData("Jane")]
    [InlineData("Ahmedi")]
    public void AShortRareWordOrOneTwoEditsFromACommonOneIsLeftAlone(string word)
    {
        Assert.Equal(1, _searcher.Search(new SearchRequest(word)).TotalHits);

        Assert.Null(Suggest(word));
    }

    [Fact]
    public void AWordNoRecordHasIsStillCorrectedToTheNearest() =>
        Assert.Equal("Lysikov", Suggest("Lisikov"));

    public void Dispose() => _index.Dispose();
}
