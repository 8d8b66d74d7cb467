using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Tests.Search;

namespace ArchiveSite.Core.Tests.People;

/// <summary>The records between two people, gathered with the directory of people and read from doc values.</summary>
public sealed class PairedRecordsTests : IDisposable
{
    private readonly ArchiveIndex _index;
    private readonly ArchiveSearcher _searcher;

    public PairedRecordsTests()
    {
        ArchiveDocument[] documents =
        [
            Record("a1", "Letter No. 1 from Stalin to Kim Il Sung", "November 20, 1950"),
            Record("a2", "Letter No. 3 from Stalin to Kim Il Sung", "December 1, 1950"),
            Record("a3", "Telegram from Kim Il Sung to Stalin, via Shtykov", "January 3, 1951"),
            Record("a4", "Telegram from Stalin to Shtykov", "January 5, 1951"),
            Record("a5", "Telegram from Mao Zedong to Stalin", "January 6, 1951"),
        ];
        _index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default);
        _searcher = new ArchiveSearcher(_index);
    }

    public void Dispose() => _index.Dispose();

    private static ArchiveDocument Record(string id, string title, string date) =>
        TestArchive.Parse($"{id}.txt", title, date, $"https://example.org/document/{id}", "APRF, Fond 3", "A test record.", "A letter.");

    [Fact]
    public void EveryRecordBetweenTwoPeopleEitherWayComesWithItsWayNumberAndDay()
    {
        var records = _searcher.Correspondence("kim_il_sung", "stalin").OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

        Assert.Equal(["a1", "a2", "a3"], records.Select(r => r.Id));
        Assert.Equal([false, false, true], records.Select(r => r.FromA));
        Assert.Equal([false, false, true], records.Select(r => r.Through));
        Assert.Equal([1, 3, (int?)null], records.Select(r => r.Number));
        Assert.Equal(new DateOnly(1951, 1, 3), records[2].Day);
    }

    [Fact]
    public void TheOtherOrderOfThePairReadsTheSameRecordsTheOtherWay()
    {
        var records = _searcher.Correspondence("stalin", "kim_il_sung").OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

        Assert.Equal([true, true, false], records.Select(r => r.FromA));
    }

    [Fact]
    public void AGoBetweenCorrespondsWithTheSenderWhoseMessageHePassedOn()
    {
        var records = _searcher.Correspondence("kim_il_sung", "shtykov");

        var passed = Assert.Single(records);
        Assert.Equal(("a3", true, true), (passed.Id, passed.FromA, passed.Through));
        Assert.Equal(["a3", "a4"], _searcher.Correspondence("shtykov", "stalin").Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Empty(_searcher.Correspondence("kim_il_sung", "mao_zedong"));
    }
}
