using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Search;

public sealed class CardStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archivesite-cards-").FullName;

    private static readonly string[] Ids = ["112079", "112082", "undated"];

    private static readonly RecordPositions Positions = new(Ids);

    private static readonly StoredCard[] Cards =
    [
        new(new DocumentCard("112079", "Telegram from Shtykov to Gromyko", "November 17, 1950", "1950-11-17", "Shtykov reports — «Пхеньян»."), null, null),
        new(new DocumentCard("112082", "Telegram from Gromyko to Shtykov", "November 20, 1950", "1950-11-20", ""), "112079", "names the telegram it answers"),
        new(new DocumentCard("undated", "Editorial Note", "undated", null, "A note without a date."), null, null),
    ];

    [Fact]
    public void EveryCardReadsBackAsWritten()
    {
        CardStore.Write(_folder, "commit-1", Ids.Length, Cards);

        using var store = CardStore.TryOpen(_folder, "commit-1", Positions, out _)!;

        Assert.Equal(Cards, Ids.Select(id => store.Card(id)));
        Assert.Null(store.Card("not-served"));
    }

    [Fact]
    public void AStoreIsReadForItsCommitOnly()
    {
        CardStore.Write(_folder, "commit-1", Ids.Length, Cards);

        Assert.Null(CardStore.TryOpen(_folder, "commit-2", Positions, out _));
        Assert.Null(CardStore.TryOpen(_folder, "commit-1", new RecordPositions(Ids[..2]), out _));
        Assert.Null(CardStore.TryOpen(_folder, null, Positions, out _));
        Assert.Null(CardStore.TryOpen(Path.Combine(_folder, "none"), "commit-1", Positions, out _));
    }

    [Fact]
    public void ADamagedStoreIsNotRead()
    {
        CardStore.Write(_folder, "commit-1", Ids.Length, Cards);
        var path = Path.Combine(_folder, CardStore.FileName);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^5]);
        Assert.Null(CardStore.TryOpen(_folder, "commit-1", Positions, out var cut));
        Assert.NotNull(cut); // reported, not silently passed over
        Assert.NotNull(CardStore.Verify(_folder, CancellationToken.None).Problem);

        // One byte of a title changed: that card's checksum no longer matches, and it is never
        // shown (the page reads the index instead); the other cards still read.
        bytes[bytes.AsSpan().IndexOf("Shtykov reports"u8)] = (byte)'X';
        File.WriteAllBytes(path, bytes);
        using var store = CardStore.TryOpen(_folder, "commit-1", Positions, out _)!;
        var reported = new List<string>();
        store.ReportDamageTo(reported.Add);
        Assert.Throws<InvalidDataException>(() => store.Card("112079"));
        Assert.Equal(Cards[1], store.Card("112082"));
        Assert.Equal(["the stored entry of record 112079 does not match its checksum"], reported);
        Assert.Equal(("commit-1", "its bytes do not match the checksum at its end"), CardStore.Verify(_folder, CancellationToken.None));
    }

    [Fact]
    public void AWholeStoreVerifiesForItsCommit()
    {
        CardStore.Write(_folder, "commit-1", Ids.Length, Cards);

        Assert.Equal(("commit-1", (string?)null), CardStore.Verify(_folder, CancellationToken.None));
    }

    [Fact]
    public void ACardForEveryRecordIsRequired() =>
        Assert.Throws<ArgumentException>(() => CardStore.Write(_folder, "commit-1", Ids.Length, Cards[..2]));

    [Fact]
    public void AFailedWriteLeavesNoFileBehind()
    {
        Assert.ThrowsAny<Exception>(() => CardStore.Write(_folder, "commit-1", Ids.Length, Cards[..2]));

        Assert.Empty(Directory.GetFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
