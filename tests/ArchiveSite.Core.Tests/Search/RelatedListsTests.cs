using ArchiveSite.Core.Search;

namespace ArchiveSite.Core.Tests.Search;

public sealed class RelatedListsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archivesite-related-").FullName;

    private static readonly string[] Ids = ["a", "b", "c", "d", "e"];

    private static RelatedLists Lists()
    {
        var lists = new RelatedLists(Ids);
        lists.Set("a", ["b", "c"]);
        lists.Set("b", ["a"]);
        lists.Set("c", ["d"]);
        lists.Set("d", ["c", "e"]);
        return lists;
    }

    private static string[] Of(RelatedLists lists, string id) => lists.TryGet(id, out var related) ? [.. related] : ["(none)"];

    [Fact]
    public void ARecordWithoutAListIsMissingUntilOneIsSet()
    {
        var lists = Lists();

        Assert.Equal(1, lists.Missing);
        Assert.Equal(["e"], lists.MissingIds);
        Assert.False(lists.TryGet("e", out _));
        Assert.False(lists.TryGet("not served", out _));

        lists.Set("e", []);
        lists.Set("e", ["a"]); // the first list kept wins

        Assert.Equal(0, lists.Missing);
        Assert.Empty(Of(lists, "e"));
    }

    [Fact]
    public void SavedListsReadBackForTheirCommitOnly()
    {
        Lists().Write(_folder, "commit-1");

        var read = RelatedLists.TryRead(_folder, "commit-1", new RecordPositions(Ids), out _)!;

        Assert.Equal(["b", "c"], Of(read, "a"));
        Assert.Equal(["c", "e"], Of(read, "d"));
        Assert.Equal(["e"], read.MissingIds);
        Assert.Null(RelatedLists.TryRead(_folder, "commit-2", new RecordPositions(Ids), out _));
        Assert.Null(RelatedLists.TryRead(_folder, "commit-1", new RecordPositions(["a", "b"]), out _));
        Assert.Null(RelatedLists.TryRead(_folder, null, new RecordPositions(Ids), out _));
    }

    [Fact]
    public void ADamagedFileIsNotRead()
    {
        Lists().Write(_folder, "commit-1");
        var path = Path.Combine(_folder, RelatedLists.FileName);
        var bytes = File.ReadAllBytes(path);

        File.WriteAllBytes(path, bytes[..^3]);
        Assert.Null(RelatedLists.TryRead(_folder, "commit-1", new RecordPositions(Ids), out _));

        bytes[^1] ^= 0x01; // one bit of the last position: the checksum no longer matches
        File.WriteAllBytes(path, bytes);
        Assert.Null(RelatedLists.TryRead(_folder, "commit-1", new RecordPositions(Ids), out _));
    }

    [Fact]
    public void AnUpdateKeepsTheListsThatNameNoChangedRecord()
    {
        // d changed and e was removed; f is new.
        var next = Lists().CarryOver(new RecordPositions(["a", "b", "c", "d", "f"]), new HashSet<string>(["d", "e", "f"]));

        Assert.Equal(["b", "c"], Of(next, "a"));
        Assert.Equal(["a"], Of(next, "b"));
        Assert.Equal(["c", "d", "f"], next.MissingIds); // c named d; d itself; f is new
    }

    [Fact]
    public void TheRecordsAChangedRecordIsLikeAreComputedAgain()
    {
        var lists = Lists();

        lists.Neighbours(["a"]);

        Assert.Equal(["b", "c"], Of(lists, "a"));
        Assert.Equal(["b", "c", "e"], lists.MissingIds);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
