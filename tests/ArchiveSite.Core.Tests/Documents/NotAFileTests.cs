using System.Diagnostics;
using System.Net.Sockets;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>
/// Entries of a documents folder that are not files: a named pipe (whose open would wait for a
/// writer for ever), a socket, symbolic links that loop or lead nowhere. Each is reported by name
/// with what it is, and none holds a load up: the loader returns within a bounded time.
/// </summary>
public sealed class NotAFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archivesite-notafile-").FullName;
    private readonly Socket _socket = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public NotAFileTests()
    {
        File.Copy(RepositoryPaths.Seed("112082"), Path.Combine(_folder, "000_cd096c47c91ecbde.txt"));
        MakeFifo(Path.Combine(_folder, "pipe.txt"));
        MakeFifo(Path.Combine(_folder, "pipe-without-extension"));
        _socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_folder, "socket.md")));
        File.CreateSymbolicLink(Path.Combine(_folder, "loop-a.txt"), Path.Combine(_folder, "loop-b.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder, "loop-b.txt"), Path.Combine(_folder, "loop-a.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder, "dangling.txt"), Path.Combine(_folder, "nowhere.txt"));
        File.CreateSymbolicLink(Path.Combine(_folder, "link-to-a-record.txt"), Path.Combine(_folder, "000_cd096c47c91ecbde.txt"));
    }

    /// <summary>mkfifo(1), as an operator (or a stray tool) would leave one.</summary>
    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Fact]
    public async Task EachIsReportedByNameWithWhatItIsAndNoneHoldsTheLoadUp()
    {
        var load = Task.Run(() => DocumentLoader.Load(_folder));
        var result = await load.WaitAsync(TimeSpan.FromSeconds(30));

        var reasons = result.Rejections.ToDictionary(r => r.File, r => r.Message, StringComparer.Ordinal);
        Assert.StartsWith("a named pipe (FIFO), not a regular file", reasons["pipe.txt"], StringComparison.Ordinal);
        Assert.StartsWith("a named pipe (FIFO), not a regular file", reasons["pipe-without-extension"], StringComparison.Ordinal);
        Assert.Equal("a socket, not a regular file", reasons["socket.md"]);
        Assert.StartsWith("a symbolic link that loops", reasons["loop-a.txt"], StringComparison.Ordinal);
        Assert.StartsWith("a symbolic link that loops", reasons["loop-b.txt"], StringComparison.Ordinal);
        Assert.Equal("a symbolic link to a file that does not exist", reasons["dangling.txt"]);
        // A link to a real record is read as the record (and, with the same id, reported as its duplicate).
        Assert.Contains("duplicate id '112082'", reasons["link-to-a-record.txt"], StringComparison.Ordinal);
        Assert.Equal(["112082"], result.Documents.Select(d => d.Id));
    }

    [Fact]
    public void ARegularFileIsReadWholeAndALargeOneRefusedBeforeItIsRead()
    {
        var record = Path.Combine(_folder, "000_cd096c47c91ecbde.txt");

        var (bytes, problem) = RecordFileReader.Read(record, DocumentLoader.MaxFileBytes);
        Assert.Null(problem);
        Assert.Equal(File.ReadAllBytes(record), bytes);

        var (none, tooLarge) = RecordFileReader.Read(record, 10);
        Assert.Null(none);
        Assert.StartsWith("the file is ", tooLarge, StringComparison.Ordinal);
        Assert.EndsWith("larger than the 10-byte limit for one record", tooLarge, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _socket.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
