using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Tests.Search.Indexing;

/// <summary>What changed between two listings of the documents folder: pure set arithmetic over manifest entries.</summary>
public sealed class FolderDiffTests
{
    private static ManifestFile File(string path, string? id, string hash = "aa", RecordNotice? rejection = null) =>
        new(path, 10, 0, hash, id, id is null ? null : "0123456789ab", rejection, [], [], Letter: false);

    [Fact]
    public void AnUnchangedFolderChangesNothing()
    {
        ManifestFile[] files = [File("a.txt", "a"), File("b.txt", "b")];

        var diff = FolderDiff.Between(files, files);

        Assert.True(diff.IsEmpty);
        Assert.Equal(["a", "b"], diff.Served.Select(f => f.Id));
        Assert.Equal(0, diff.Removed);
    }

    [Fact]
    public void ANewOrChangedRecordIsIndexedAndItsOldTextDeleted()
    {
        var diff = FolderDiff.Between([File("a.txt", "a"), File("b.txt", "b")], [File("a.txt", "a", "bb"), File("b.txt", "b"), File("c.txt", "c")]);

        Assert.Equal(["a", "c"], diff.Changed.Select(f => f.Id));
        Assert.Equal(["a"], diff.DeleteIds);
        Assert.Equal(0, diff.Removed);
    }

    [Fact]
    public void ARemovedOrNowRejectedRecordIsDeleted()
    {
        var diff = FolderDiff.Between(
            [File("a.txt", "a"), File("b.txt", "b")],
            [File("b.txt", null, "cc", new RecordNotice("b.txt", "the file is empty"))]);

        Assert.Empty(diff.Changed);
        Assert.Equal(["a", "b"], diff.DeleteIds);
        Assert.Equal(2, diff.Removed);
        Assert.Equal(["b.txt"], diff.Rejections.Select(r => r.File));
    }

    [Fact]
    public void ARecordMovedToAnotherFileIsIndexedAgain()
    {
        var diff = FolderDiff.Between([File("old/a.txt", "a")], [File("new/a.txt", "a")]);

        Assert.Equal(["a"], diff.Changed.Select(f => f.Id));
        Assert.Equal(["a"], diff.DeleteIds);
        Assert.Equal(0, diff.Removed);
    }

    [Fact]
    public void WhenTheFirstFileOfAnIdLeavesTheDuplicateAfterItIsServed()
    {
        // Two files with one id: the first in path order wins; when it goes, the other is unmasked.
        var diff = FolderDiff.Between([File("a.txt", "x"), File("b.txt", "x", "bb")], [File("b.txt", "x", "bb")]);

        Assert.Equal(["b.txt"], diff.Changed.Select(f => f.Path));
        Assert.Equal(["x"], diff.DeleteIds);
    }
}
