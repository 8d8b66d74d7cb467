using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Names.Lists;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Tests.Search;

namespace ArchiveSite.Core.Tests.People;

/// <summary>Everyone the records name, counted from doc values: people, correspondents, spellings, dates, correspondents' correspondents.</summary>
public sealed class PeopleDirectoryTests : IDisposable
{
    private readonly ArchiveIndex _index;
    private readonly ArchiveSearcher _searcher;

    public PeopleDirectoryTests()
    {
        var lists = new NameLists(ListedPeople.Group(
        [
            new("frus1961-63v06", "p_KNS1", "Khrushchev, Nikita S.", "Chairman"),
            new("frus1961-63v06", "p_KJF1", "Kennedy, John F.", "President"),
        ], NameAuthority.Default.People), []);
        ArchiveDocument[] documents =
        [
            Record("a1", "Telegram from Stalin to Kim Il Sung", "November 20, 1950", "Filippov sends greetings to Kim II Sung."),
            Record("a2", "Telegram from Stalin to Kim Il Sung", "December 1, 1950", "Stalin answers."),
            Record("a3", "Telegram from Kim Il Sung to Stalin, via Shtykov", "January 3, 1951", "Kim Il Sung asks."),
            Record("a4", "Telegram from the Embassy in Moscow to the Department of State", "March 1, 1951", "Nothing about anyone."),
            Frus("d1", "Letter From Chairman Khrushchev to President Kennedy", "October 26, 1962", "Dear Mr. President, Khrushchev writes."),
        ];
        _index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default.WithLists(lists));
        _searcher = new ArchiveSearcher(_index);
    }

    public void Dispose() => _index.Dispose();

    private static ArchiveDocument Record(string id, string title, string date, string body) =>
        TestArchive.Parse($"{id}.txt", title, date, $"https://example.org/document/{id}", "APRF, Fond 3", "A test record.", body);

    private static ArchiveDocument Frus(string id, string title, string date, string body) =>
        TestArchive.Parse($"{id}.txt", title, date, $"https://history.state.gov/historicaldocuments/frus1961-63v06/{id}", "Department of State, Central Files", "A test record.", body);

    [Fact]
    public void APersonsRecordsAreCountedByWhatTheyDidInThem()
    {
        var stalin = _searcher.People.Find("stalin")!;

        Assert.Equal((3, 2, 1, 0, 3), (stalin.Documents, stalin.Sent, stalin.Received, stalin.Via, stalin.Mentioned));
        Assert.Equal((19501120, 19510103), (stalin.First, stalin.Last));
        Assert.Equal(["Joseph Stalin"], stalin.SentAs.Select(s => s.Name));
    }

    [Fact]
    public void APersonsCorrespondentsAndGoBetweensAreCounted()
    {
        var kim = _searcher.People.Find("kim_il_sung")!;
        var shtykov = _searcher.People.Find("shtykov")!;

        Assert.Equal(3, kim.Correspondents["stalin"]);
        Assert.Equal(1, shtykov.Via);
        Assert.Equal(0, shtykov.Sent);
    }

    [Fact]
    public void ACorrespondentNoListKnowsHasAPageOfItsOwn()
    {
        var embassy = _searcher.People.Find("the-embassy-in-moscow")!;

        Assert.Equal(("the Embassy in Moscow", 1, null), (embassy.Name, embassy.Sent, embassy.PersonId));
        Assert.Equal("the-department-of-state", _searcher.People.IdOfCorrespondent("the Department of State"));
        Assert.Equal("Embassy in Moscow", embassy.SortKey);
    }

    [Fact]
    public void ACorrespondentTheRecordNamesByAListedFamilyNameIsThatPerson()
    {
        var khrushchev = _searcher.People.Find("khrushchev_nikita")!;

        Assert.Equal((1, 1), (khrushchev.Sent, khrushchev.Mentioned));
        Assert.Equal("khrushchev_nikita", _searcher.People.IdOfCorrespondent("Chairman Khrushchev"));
        Assert.Equal(1, khrushchev.Correspondents["kennedy_john"]);
        Assert.Null(_searcher.People.Find("chairman-khrushchev"));
    }

    [Fact]
    public void TheListIsAToZByFamilyName()
    {
        var keys = _searcher.People.Everyone.Select(p => p.SortKey).ToArray();

        Assert.Equal(keys.Order(StringComparer.OrdinalIgnoreCase), keys);
        Assert.Contains("Stalin, Joseph", keys);
        Assert.Contains("Khrushchev, Nikita S.", keys);
    }
}
