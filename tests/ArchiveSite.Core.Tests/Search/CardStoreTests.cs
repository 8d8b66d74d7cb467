using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Search;

public sealed class CardStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archivesite-cards-").FullName;

    private static readonly string[] Ids = ["112079", "112082", "undated"];

    private static readonly StoredCard[] Cards =
    [
        new(new DocumentCard("112079", "Telegram from Shtykov to Gromyko", "November 17, 1950", "1950-11-17", "Shtykov reports — «Пхеньян»."), null, null),
        new(new DocumentCard("112082", "Telegram from Gromyko to Shtykov", "November 20, 1950", "1950-11-20", ""), "112079", "names the telegram it answers"),
        new(new DocumentCard("undated", "Editorial Note", "undated", null, "A note without a date."), null, null),
    ];

    [Fact]
    public void EveryCardReadsBackAsWritten()
    {
        CardStore.Write(_folder, "commit-1", Ids, Cards);

        using var store = CardStore.TryOpen(_folder, "commit-1", Ids)!;

        Assert.Equal(Cards, Ids.Select(id => store.Card(id)));
        Assert.Null(store.Card("not-served"));
    }

    [Fact]
    public void AStoreIsReadForItsCommitOnly()
    {
        CardStore.Write(_folder, "commit-1", Ids, Cards);

        Assert.Null(CardStore.TryOpen(_folder, "commit-2", Ids));
        Assert.Null(CardStore.TryOpen(_folder, "commit-1", Ids[..2]));
        Assert.Null(CardStore.TryOpen(_folder, null, Ids));
        Assert.Null(CardStore.TryOpen(Path.Combine(_folder, "none"), "commit-1", Ids));
    }

    [Fact]
    public void ATruncatedStoreIsNotRead()
    {
        CardStore.Write(_folder, "commit-1", Ids, Cards);
        var path = Path.Combine(_folder, CardStore.FileName);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^5]);

        Assert.Null(CardStore.TryOpen(_folder, "commit-1", Ids));
    }

    [Fact]
    public void ACardForEveryRecordIsRequired() =>
        Assert.Throws<ArgumentException>(() => CardStore.Write(_folder, "commit-1", Ids, Cards[..2]));

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
