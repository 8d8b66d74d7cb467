using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Archive;

public sealed class ServedCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("catalog-").FullName;

    private static readonly ServedCatalog Sample = new("commit-1",
    [
        new CatalogEntry("frus1950v07-d1", "0123456789ab", new DateTimeOffset(2026, 11, 23, 18, 5, 1, 123, TimeSpan.Zero), ["APRF", "Архив"]),
        new CatalogEntry("id-ünïcode", "ba9876543210", new DateTimeOffset(1950, 1, 2, 3, 4, 5, TimeSpan.FromHours(5.5)), []),
    ],
    [new RecordNotice("b/rejected.txt", "the file is empty")],
    [new RecordNotice("a/served.md", "the date was read leniently", 3), new RecordNotice("c/☃.md", "two", 0)]);

    [Fact]
    public void WhatIsWrittenIsReadBackForItsCommit()
    {
        Sample.Write(_folder);

        var read = ServedCatalog.TryRead(_folder, "commit-1", out _);

        Assert.NotNull(read);
        Assert.Equal(Sample.Commit, read.Commit);
        Assert.Equal(Sample.Rejections, read.Rejections);
        Assert.Equal(Sample.Warnings, read.Warnings);
        Assert.Equal(Sample.Entries.Count, read.Entries.Count);
        foreach (var (expected, actual) in Sample.Entries.Zip(read.Entries))
        {
            // Records compare their lists by reference: the archives are compared apart.
            Assert.Equal(expected with { Archives = [] }, actual with { Archives = [] });
            Assert.Equal(expected.FirstSeen.Offset, actual.FirstSeen.Offset);
            Assert.Equal(expected.Archives, actual.Archives);
        }
    }

    [Fact]
    public void ACatalogueOfAnotherCommitOrNoneIsNotUsed()
    {
        Assert.Null(ServedCatalog.TryRead(_folder, "commit-1", out _));

        Sample.Write(_folder);

        Assert.Null(ServedCatalog.TryRead(_folder, "commit-2", out _));
        Assert.Null(ServedCatalog.TryRead(_folder, null, out _));
    }

    [Fact]
    public void ATruncatedOrLengthenedCatalogueIsNotUsed()
    {
        Sample.Write(_folder);
        var path = Path.Combine(_folder, ServedCatalog.FileName);
        var bytes = File.ReadAllBytes(path);

        for (var length = 0; length < bytes.Length; length += 3)
        {
            File.WriteAllBytes(path, bytes[..length]);
            Assert.Null(ServedCatalog.TryRead(_folder, "commit-1", out _));
        }

        File.WriteAllBytes(path, [.. bytes, 0]);
        Assert.Null(ServedCatalog.TryRead(_folder, "commit-1", out _));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
