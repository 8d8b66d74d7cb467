using Microsoft.Win32.SafeHandles;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Search;

/// <summary>
/// One blob of bytes per served record, by the record's position in id order, in a file beside the
/// index written for one index commit: the shape of the stores that make a page a lookup
/// (<see cref="CardStore"/>, <see cref="PageStore"/>). A blob is read with one positional read
/// (the OS's file cache keeps the file, not the process). Written as a stream (the blobs, then
/// where each begins, then a SHA-256 of it all), so a store of 100,000 records never sits whole in
/// memory; each blob carries the start of its own SHA-256, checked when it is read, so a damaged
/// byte is never served, and opening reads only the head and the table of where each blob begins.
/// Thread-safe.
/// </summary>
/// <remarks>
/// Not mapped into memory, though it was at first: a mapped file cut short under the site (a copy
/// made over it in place, a half-finished deploy) kills the process at the first read past its new
/// end (SIGBUS, which .NET cannot catch; issue 19's fault run did exactly that). A read past the end
/// of a file only comes back short, which is damage like any other: the page reads the index.
/// </remarks>
internal sealed class RecordBlobs : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly long[] _starts;
    private readonly RecordPositions _positions;
    private int _reported;

    private RecordBlobs(SafeFileHandle file, long[] starts, RecordPositions positions)
    {
        _file = file;
        _starts = starts;
        _positions = positions;
    }

    /// <summary>
    /// The blob of record <paramref name="id"/>, or null when it is not served. Each blob is kept
    /// with the start of its SHA-256 and checked as it is read (a few microseconds), so a damaged
    /// byte is never served (<see cref="InvalidDataException"/>), and opening a store of 100,000
    /// records does not read 300 MB first.
    /// </summary>
    public byte[]? Read(string id)
    {
        if (_positions.Of(id) is not { } position)
        {
            return null;
        }

        var (start, end) = (_starts[position], _starts[position + 1]);
        if (start < 0 || end - start < BlobCheck || end > _starts[^1])
        {
            throw Damage($"the stored entry of record {id} is out of place");
        }

        var stored = new byte[end - start];
        if (ReadAt(_file, stored, start) < stored.Length)
        {
            throw Damage($"the file ends before the stored entry of record {id} does (cut short since it was opened)");
        }

        var blob = stored[..^BlobCheck];
        if (!SHA256.HashData(blob).AsSpan(0, BlobCheck).SequenceEqual(stored.AsSpan(blob.Length)))
        {
            throw Damage($"the stored entry of record {id} does not match its checksum");
        }

        return blob;
    }

    /// <summary>Told, once, what damage a read met: the site logs it and checks the store whole (it is written again).</summary>
    public Action<string>? Damaged { get; set; }

    private InvalidDataException Damage(string problem)
    {
        if (Interlocked.Exchange(ref _reported, 1) == 0)
        {
            Damaged?.Invoke(problem);
        }

        return new InvalidDataException(char.ToUpperInvariant(problem[0]) + problem[1..] + ".");
    }

    /// <summary>Reads into all of <paramref name="buffer"/> from <paramref name="offset"/>; fewer bytes only where the file ends.</summary>
    private static int ReadAt(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(file, buffer[total..], offset + total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        return total;
    }

    /// <summary>How many bytes of each blob's SHA-256 are kept with it.</summary>
    private const int BlobCheck = 8;

    /// <summary>
    /// What <paramref name="read"/> reads from a store, or null when the store fails: it was checked
    /// whole when opened, but a file changed under the site (another process writing over it,
    /// a failing disk) must cost a page its shortcut, not its answer; the caller then reads the index.
    /// </summary>
    public static T? ReadSafely<T>(Func<T?> read)
        where T : class
    {
        try
        {
            return read();
        }
        catch (Exception ex) when (ex is InvalidDataException or System.Text.Json.JsonException or FormatException or ArgumentException or IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            return null;
        }
    }

    /// <summary>
    /// The store at <paramref name="path"/> if it has <paramref name="magic"/>, <paramref name="format"/>,
    /// is for commit <paramref name="commit"/> with a blob for each of <paramref name="positions"/>
    /// (the commit names the set of records), and is whole; null otherwise (the caller then reads
    /// what it needs from the index). <paramref name="problem"/> says why when the store is damaged
    /// (cut short, its head or its table of offsets wrong); it stays null when the store is simply
    /// not there yet, or of another format or commit (written before an update), which is no damage.
    /// </summary>
    public static RecordBlobs? TryOpen(string path, ReadOnlySpan<byte> magic, int format, string? commit, RecordPositions positions, out string? problem)
    {
        problem = null;
        var count = positions.Count;
        if (commit is null || !File.Exists(path))
        {
            return null;
        }

        SafeFileHandle? file = null;
        try
        {
            // FileShare.Delete: a newer store is renamed over this one while it is read.
            file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            var length = RandomAccess.GetLength(file);
            if (length == 0)
            {
                problem = "the file is empty";
                return Close();
            }

            var head = new byte[Math.Min(length, 1024)];
            head = head[..ReadAt(file, head, 0)];
            var reader = new PackedReader(head);
            if (!reader.Take(magic.Length).SequenceEqual(magic))
            {
                problem = "it does not start as a store of this kind";
                return Close();
            }

            if (reader.ReadInt32() != format || reader.ReadString() != commit)
            {
                return Close(); // another format, or written for another commit: replaced, not damaged
            }

            var headLength = head.Length - reader.Left + sizeof(int);
            var trailer = ((count + 1) * (long)sizeof(long)) + SHA256.HashSizeInBytes;
            if (reader.ReadInt32() != count || length < headLength + trailer)
            {
                problem = $"it holds another number of records than its commit serves, or is cut short ({length:N0} bytes)";
                return Close();
            }

            // The table of where each blob begins, read once (8 bytes a record); the blobs are read
            // as pages ask for them. The whole file's checksum is for tools that check a store
            // offline (Verify); the site checks each blob as it reads it.
            var offsets = length - trailer;
            var table = new byte[(count + 1) * sizeof(long)];
            if (ReadAt(file, table, offsets) < table.Length)
            {
                problem = "it is cut short";
                return Close();
            }

            var starts = new long[count + 1];
            for (var i = 0; i <= count; i++)
            {
                starts[i] = BitConverter.ToInt64(table, i * sizeof(long));
            }

            if (starts[0] != headLength || starts[count] != offsets)
            {
                problem = "its table of where each record begins is damaged";
                return Close();
            }

            return new RecordBlobs(file, starts, positions);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            problem = $"it cannot be read ({ex.Message})";
            return Close();
        }

        RecordBlobs? Close()
        {
            file?.Dispose();
            return null;
        }
    }

    /// <summary>
    /// Checks a store whole, offline or in the background: its head, the SHA-256 of everything
    /// before its last 32 bytes against those bytes, and each record's own checksum. Returns the
    /// commit it was written for, and what is wrong with it (null when it is whole). A store of
    /// another format has no commit and no problem: the next start replaces it.
    /// </summary>
    public static (string? Commit, string? Problem) Verify(string path, ReadOnlySpan<byte> magic, int format, CancellationToken cancellation)
    {
        try
        {
            var length = new FileInfo(path).Length;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            var head = new byte[Math.Min(length, 1024)];
            stream.ReadExactly(head);
            var reader = new PackedReader(head);
            var (commit, problem) = PackedReader.SavedHead(ref reader, magic, format, "a store of this kind");
            if (commit is null)
            {
                return (null, problem);
            }

            var count = reader.ReadInt32();
            var trailer = ((count + 1) * (long)sizeof(long)) + SHA256.HashSizeInBytes;
            if (count < 0 || length < head.Length - reader.Left + trailer)
            {
                return (commit, $"it is cut short ({length:N0} bytes for {count:N0} records)");
            }

            stream.Position = 0;
            if (!WholeChecksumMatches(stream, length, cancellation))
            {
                return (commit, "its bytes do not match the checksum at its end");
            }

            var records = 0;
            foreach (var (start, end) in Offsets(stream, length - trailer, count))
            {
                cancellation.ThrowIfCancellationRequested();
                if (start < 0 || end - start < BlobCheck || end > length - trailer)
                {
                    return (commit, $"the entry of record {records} is out of place");
                }

                var stored = new byte[end - start];
                stream.Position = start;
                stream.ReadExactly(stored);
                if (!SHA256.HashData(stored.AsSpan(0, stored.Length - BlobCheck)).AsSpan(0, BlobCheck).SequenceEqual(stored.AsSpan(stored.Length - BlobCheck)))
                {
                    return (commit, $"the entry of record {records} does not match its checksum");
                }

                records++;
            }

            return (commit, null);
        }
        catch (Exception ex) when (PackedReader.Unreadable(ex))
        {
            return (null, PackedReader.Problem(ex));
        }
    }

    /// <summary>True when the SHA-256 of the first <paramref name="length"/> − 32 bytes is the last 32.</summary>
    private static bool WholeChecksumMatches(FileStream stream, long length, CancellationToken cancellation)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        for (var left = length - SHA256.HashSizeInBytes; left > 0;)
        {
            cancellation.ThrowIfCancellationRequested();
            var read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new EndOfStreamException();
            }

            hash.AppendData(buffer, 0, read);
            left -= read;
        }

        var stored = new byte[SHA256.HashSizeInBytes];
        stream.ReadExactly(stored);
        return hash.GetHashAndReset().AsSpan().SequenceEqual(stored);
    }

    /// <summary>Each record's start and end, from the table of <paramref name="count"/> + 1 offsets at <paramref name="table"/>.</summary>
    private static IEnumerable<(long Start, long End)> Offsets(FileStream stream, long table, int count)
    {
        var bytes = new byte[(count + 1) * sizeof(long)];
        stream.Position = table;
        stream.ReadExactly(bytes);
        for (var i = 0; i < count; i++)
        {
            yield return (BitConverter.ToInt64(bytes, i * sizeof(long)), BitConverter.ToInt64(bytes, (i + 1) * sizeof(long)));
        }
    }

    /// <summary>
    /// Writes one blob per record (exactly <paramref name="count"/>, in id order) to
    /// <paramref name="path"/> for commit <paramref name="commit"/>: into a temporary file, flushed,
    /// then renamed over the old one, so a reader sees the old store or the new, never half of one.
    /// </summary>
    public static void Write(string path, ReadOnlySpan<byte> magic, int format, string commit, int count, IEnumerable<byte[]> blobs)
    {
        var temporary = path + ".tmp";
        try
        {
            WriteTo(temporary, magic, format, commit, count, blobs);
        }
        catch
        {
            PackedWriter.DeleteQuietly(temporary);
            throw;
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteTo(string temporary, ReadOnlySpan<byte> magic, int format, string commit, int count, IEnumerable<byte[]> blobs)
    {
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var hashing = new HashingStream(stream))
        using (var writer = new BinaryWriter(hashing, Encoding.UTF8))
        {
            writer.Write(magic);
            writer.Write(format);
            writer.Write(commit);
            writer.Write(count);
            writer.Flush();
            var offsets = new List<long>(count + 1) { hashing.Position };
            foreach (var blob in blobs)
            {
                writer.Write(blob);
                writer.Write(SHA256.HashData(blob).AsSpan(0, BlobCheck));
                writer.Flush();
                offsets.Add(hashing.Position);
            }

            if (offsets.Count != count + 1)
            {
                throw new ArgumentException($"{offsets.Count - 1} records written for {count}", nameof(blobs));
            }

            foreach (var offset in offsets)
            {
                writer.Write(offset);
            }

            writer.Flush();
            stream.Write(hashing.Hash());
            stream.Flush(flushToDisk: true);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}

/// <summary>
/// One kind of store beside the index (cards, pages): its file name, the bytes it starts with and
/// its format, said once by the store and used for opening, checking and writing it.
/// </summary>
/// <param name="FileName">The file's name inside the index folder.</param>
/// <param name="Magic">The bytes the file starts with.</param>
/// <param name="Format">The format this code writes and reads; another is replaced, not damage.</param>
internal sealed record BlobFile(string FileName, byte[] Magic, int Format)
{
    /// <inheritdoc cref="RecordBlobs.TryOpen"/>
    public RecordBlobs? TryOpen(string indexPath, string? commit, RecordPositions positions, out string? problem) =>
        RecordBlobs.TryOpen(Path.Combine(indexPath, FileName), Magic, Format, commit, positions, out problem);

    /// <inheritdoc cref="RecordBlobs.Verify"/>
    public (string? Commit, string? Problem) Verify(string indexPath, CancellationToken cancellation) =>
        RecordBlobs.Verify(Path.Combine(indexPath, FileName), Magic, Format, cancellation);

    /// <inheritdoc cref="RecordBlobs.Write"/>
    public void Write(string indexPath, string commit, int count, IEnumerable<byte[]> blobs) =>
        RecordBlobs.Write(Path.Combine(indexPath, FileName), Magic, Format, commit, count, blobs);
}
