using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Tests.Search.Indexing;

/// <summary>
/// The checks of an index's files against Lucene's checksums: the cheap ones a start makes, the
/// whole one run in the background and by the verify command. Each names the damaged file.
/// </summary>
public sealed class IndexCheckTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "archivesite-check-" + Guid.NewGuid().ToString("N"));

    public IndexCheckTests()
    {
        RepositoryPaths.CopySeedsTo(Documents);
        PersistedIndex.Open(Documents, Index, NameAuthority.Default).Index.Dispose();
    }

    private string Documents => Path.Combine(_root, "docs");

    private string Index => Path.Combine(_root, "index");

    private IndexReport Verify() => IndexVerification.Verify(Index, NameAuthority.Default, openSegments: true, CancellationToken.None);

    [Fact]
    public void AWholeIndexPassesEveryCheckAfterUpdatesAndDeletionsToo()
    {
        // An update in place writes deletions and a second segment: each has a footer too.
        File.AppendAllText(Path.Combine(Documents, "001_2faefe3a7cba56ed.txt"), "\nA zeppelin was sighted.\n");
        PersistedIndex.Open(Documents, Index, NameAuthority.Default).Index.Dispose();
        File.Delete(Path.Combine(Documents, "000_cd096c47c91ecbde.txt"));
        PersistedIndex.Open(Documents, Index, NameAuthority.Default).Index.Dispose();

        Assert.Null(ArchiveIndex.Damage(Index));
        var report = Verify();
        Assert.Empty(report.Damage);
        Assert.Contains(report.Findings, f => f.File.StartsWith("segments_", StringComparison.Ordinal) && f.Kind == FindingKind.Whole);
        Assert.Contains(report.Findings, f => f.File == IndexManifest.FileName && f.Kind == FindingKind.Whole);
    }

    [Theory]
    [InlineData(".tim")]
    [InlineData(".doc")]
    [InlineData(".fdt")]
    public void AFlippedByteInsideAFileIsFoundByTheWholeCheckNamingTheFileAndItsSegment(string extension)
    {
        var file = IndexDamager.Largest(Index, extension);
        IndexDamager.FlipBytes(file);

        var damage = Assert.Single(Verify().Damage, d => d.File == Path.GetFileName(file));
        Assert.Equal(IndexDamage.SegmentOf(Path.GetFileName(file)), damage.Segment);
        Assert.NotNull(damage.Segment);
    }

    [Theory]
    [InlineData("cut", ".fdt", null)]
    [InlineData("missing", ".tip", "the file is missing")]
    [InlineData("segments", "", null)]
    public void ACutOrMissingFileAndADamagedCommitAreFoundByTheCheapChecks(string damage, string extension, string? problem)
    {
        var file = damage == "segments" ? IndexDamager.Segments(Index) : IndexDamager.Largest(Index, extension);
        Action damaging = damage switch
        {
            "cut" => () => IndexDamager.Truncate(file),
            "missing" => () => File.Delete(file),
            _ => () => IndexDamager.FlipBytes(file),
        };
        damaging();

        var fault = ArchiveIndex.Damage(Index);

        Assert.Equal(Path.GetFileName(file), fault?.File);
        Assert.Equal(damage == "segments" ? null : IndexDamage.SegmentOf(Path.GetFileName(file)), fault?.Segment);
        if (problem is not null)
        {
            Assert.Equal(problem, fault?.Problem);
        }
    }

    [Fact]
    public void ADamagedManifestIsFoundByItsChecksum()
    {
        IndexDamager.FlipByteNearEnd(Path.Combine(Index, IndexManifest.FileName));

        var damage = Assert.Single(Verify().Damage);

        Assert.Equal(IndexManifest.FileName, damage.File);
        Assert.Contains("checksum", damage.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExceptionFromLucenesCodecsIsDamageAndAnOwnOneIsNot()
    {
        Assert.True(IndexDamage.IsDamage(new Lucene.Net.Index.CorruptIndexException("checksum failed (resource=MMapIndexInput(path=\"/srv/index/_1_Lucene41_0.tim\"))")));
        Assert.False(IndexDamage.IsDamage(new IndexOutOfRangeException()));
        var decoding = Record.Exception(() => Lucene.Net.Codecs.CodecUtil.CheckHeader(new Lucene.Net.Store.ByteArrayDataInput([1]), "codec", 0, 1));
        Assert.True(IndexDamage.IsDamage(decoding!), decoding?.ToString()); // thrown inside Lucene, as its codecs do on damaged bytes
        Assert.False(IndexDamage.IsDamage(new IOException("No space left on device", 28)));
        var nothing = Record.Exception(() => new Lucene.Net.Store.ByteArrayDataInput(null!));
        Assert.IsType<NullReferenceException>(nothing);
        Assert.True(IndexDamage.IsDamage(nothing!)); // inside Lucene: a codec reading damaged bytes
        Assert.False(IndexDamage.IsDamage(new NullReferenceException())); // ours

        var fault = IndexDamage.Fault(new Lucene.Net.Index.CorruptIndexException("checksum failed (resource=MMapIndexInput(path=\"/srv/index/_1_Lucene41_0.tim\"))"));
        Assert.Equal("_1_Lucene41_0.tim", fault.File);
        Assert.Equal("_1", fault.Segment);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
