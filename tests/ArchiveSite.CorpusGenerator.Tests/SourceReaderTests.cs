using System.Formats.Tar;
using System.IO.Compression;
using ArchiveSite.Core.Tests;

namespace ArchiveSite.CorpusGenerator.Tests;

/// <summary>Reading a .tar.gz in memory: only what the loader would read as a record, its top folder dropped.</summary>
public sealed class SourceReaderTests : IDisposable
{
    private readonly string _archive = Path.Combine(Path.GetTempPath(), "archivesite-sources-" + Guid.NewGuid().ToString("N") + ".tar.gz");

    public void Dispose() => File.Delete(_archive);

    [Fact]
    public void An_archive_gives_its_record_files_in_path_order_without_hidden_or_other_files()
    {
        var seed = File.ReadAllBytes(RepositoryPaths.Seed("112082"));
        using (var file = File.Create(_archive))
        using (var gzip = new GZipStream(file, CompressionLevel.Fastest))
        using (var tar = new TarWriter(gzip))
        {
            foreach (var name in new[] { "./full/b.md", "./full/a.txt", "./full/.hidden.txt", "./full/.git/c.txt", "./full/notes.pdf" })
            {
                tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(seed) });
            }
        }

        var records = SourceReader.Read(_archive);

        Assert.Equal(["a.txt", "b.md"], records.Select(r => r.RelativePath));
        Assert.All(records, r => Assert.Equal(seed, r.Bytes));
        Assert.Single(SourceReader.ReadArchive(_archive, limit: 1));
    }
}
