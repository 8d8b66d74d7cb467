using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Tests.Search.Indexing;

public sealed class IndexManifestTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("manifest-").FullName;

    private static readonly IndexManifest Sample = new(IndexManifest.CurrentFormat, "indexer-1", "commit-1",
    [
        new ManifestFile("a/served.md", 1234, 638_000_000_000_000_000, new string('a', 64), "frus1950v07-d1", "v1",
            null, [new RecordNotice("a/served.md", "the date was read leniently", 3)], ["APRF", "Архив"], true),
        new ManifestFile("b/rejected.txt", 0, 1, "", null, null, new RecordNotice("b/rejected.txt", "the file is empty"), [], [], false),
        new ManifestFile("c/ünïcode ☃.md", long.MaxValue, long.MinValue, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "id-2", "v2",
            null, [new RecordNotice("c/ünïcode ☃.md", "one", null), new RecordNotice("c/ünïcode ☃.md", "two", 0)], [], false),
    ]);

    [Fact]
    public void WhatIsWrittenIsReadBackEntryForEntry()
    {
        Sample.Write(_folder);

        var read = IndexManifest.TryRead(_folder, out var problem);

        Assert.Null(problem);
        Assert.NotNull(read);
        Assert.Equal((Sample.Format, Sample.Indexer, Sample.Commit), (read.Format, read.Indexer, read.Commit));
        Assert.Equal(Sample.Files.Count, read.Files.Count);
        foreach (var (expected, actual) in Sample.Files.Zip(read.Files))
        {
            // Records compare their lists by reference, so the lists are compared one by one.
            Assert.Equal(expected with { Warnings = [], Archives = [] }, actual with { Warnings = [], Archives = [] });
            Assert.Equal(expected.Warnings, actual.Warnings);
            Assert.Equal(expected.Archives, actual.Archives);
        }

        Assert.Equal((Sample.Format, Sample.Indexer, Sample.Commit), IndexManifest.TryReadHead(_folder));
    }

    [Fact]
    public void ATruncatedOrDamagedManifestIsReportedAsUnreadable()
    {
        Sample.Write(_folder);
        var path = Path.Combine(_folder, IndexManifest.FileName);
        var bytes = File.ReadAllBytes(path);

        for (var length = 0; length < bytes.Length; length += 7)
        {
            File.WriteAllBytes(path, bytes[..length]);
            Assert.Null(IndexManifest.TryRead(_folder, out var problem));
            Assert.Contains("cannot be read", problem, StringComparison.Ordinal);
        }

        File.WriteAllBytes(path, [.. bytes, 0]);
        Assert.Null(IndexManifest.TryRead(_folder, out var trailing));
        Assert.Contains("do not match the checksum at its end", trailing, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyByteChangedInAManifestIsFoundByItsChecksum()
    {
        Sample.Write(_folder);
        var path = Path.Combine(_folder, IndexManifest.FileName);
        var bytes = File.ReadAllBytes(path);

        // Past the head, which the format check reads first: a flipped letter in a path or a hash.
        for (var at = 64; at < bytes.Length; at += 5)
        {
            var damaged = bytes.ToArray();
            damaged[at] ^= 0x20;
            File.WriteAllBytes(path, damaged);
            Assert.Null(IndexManifest.TryRead(_folder, out var problem));
            Assert.Contains(path, problem, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AManifestOfAnotherFormatIsNamedAsSuch()
    {
        (Sample with { Format = IndexManifest.CurrentFormat + 1 }).Write(_folder);

        Assert.Null(IndexManifest.TryRead(_folder, out var problem));
        Assert.Contains("of another format", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestWrittenFileByFileAppearsWholeOnlyWhenCompleted()
    {
        Sample.Write(_folder);
        var path = Path.Combine(_folder, IndexManifest.FileName);
        var before = File.ReadAllBytes(path);

        // A build that stops halfway (cancelled, or the disk refused a write) leaves the manifest it
        // started from as it was, and no temporary file beside it.
        using (var abandoned = IndexManifest.Writing.Start(_folder, IndexManifest.CurrentFormat, "indexer-2", "commit-2", 3))
        {
            abandoned.Add(Sample.Files[0]);
        }

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([IndexManifest.FileName], Directory.GetFiles(_folder).Select(Path.GetFileName));

        // Fewer files than announced is a build's mistake, not a manifest.
        using (var short_ = IndexManifest.Writing.Start(_folder, IndexManifest.CurrentFormat, "indexer-2", "commit-2", 3))
        {
            short_.Add(Sample.Files[0]);
            Assert.Throws<InvalidOperationException>(short_.Complete);
        }

        Assert.Equal(before, File.ReadAllBytes(path));

        using (var whole = IndexManifest.Writing.Start(_folder, IndexManifest.CurrentFormat, "indexer-2", "commit-2", Sample.Files.Count))
        {
            foreach (var file in Sample.Files)
            {
                whole.Add(file);
            }

            whole.Complete();
        }

        var read = IndexManifest.TryRead(_folder, out var problem);
        Assert.Null(problem);
        Assert.Equal(("indexer-2", "commit-2"), (read!.Indexer, read.Commit));
        Assert.Equal(Sample.Files.Select(f => (f.Path, f.Sha256, f.Id)), read.Files.Select(f => (f.Path, f.Sha256, f.Id)));
        Assert.Equal([IndexManifest.FileName], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
