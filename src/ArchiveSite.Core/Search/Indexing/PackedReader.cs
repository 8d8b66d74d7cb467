using System.Buffers.Binary;
using System.Text;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Reads what <see cref="BinaryWriter"/> wrote into the index folder's own files (the manifest, the
/// served catalogue), straight from their bytes. A restart reads one entry a record (hundreds of
/// thousands of strings at 100,000 records) before it serves:
/// <see cref="BinaryReader"/> decodes each string through a stream and a decoder, this reads a
/// length and decodes one span. Every read checks the bytes left and throws
/// <see cref="FormatException"/> past the end, so a cut or damaged manifest is reported, never
/// read beyond.
/// </summary>
internal ref struct PackedReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private readonly Dictionary<string, string> _shared = new(StringComparer.Ordinal);
    private int _at;

    /// <summary>
    /// The bytes of a file <see cref="PackedWriter.WriteAtomically"/> wrote with a checksum, without
    /// it; throws <see cref="FormatException"/> when they do not match it (a damaged byte, a cut file).
    /// </summary>
    public static ReadOnlySpan<byte> WithoutChecksum(ReadOnlySpan<byte> file)
    {
        const int size = System.Security.Cryptography.SHA256.HashSizeInBytes;
        if (file.Length < size)
        {
            throw new FormatException("it is cut short");
        }

        var content = file[..^size];
        return System.Security.Cryptography.SHA256.HashData(content).AsSpan().SequenceEqual(file[^size..])
            ? content
            : throw new FormatException("its bytes do not match the checksum at its end");
    }

    /// <summary>
    /// The head of a file the site saves beside the index for one commit (a store, the catalogue):
    /// its <paramref name="magic"/>, its format and the commit it is for. The commit, when it is of
    /// <paramref name="format"/>; no commit and no problem when it is of another format (replaced at
    /// the next start, no damage); no commit and the problem when it is not <paramref name="kind"/> at all.
    /// </summary>
    public static (string? Commit, string? Problem) SavedHead(ref PackedReader reader, ReadOnlySpan<byte> magic, int format, string kind) =>
        !reader.Take(magic.Length).SequenceEqual(magic) ? (null, $"it does not start as {kind}")
        : reader.ReadInt32() == format ? (reader.ReadString(), null)
        : (null, null);

    /// <summary>True for what reading a saved file throws when it cannot be read or is damaged past reading.</summary>
    public static bool Unreadable(Exception exception) => exception is IOException or UnauthorizedAccessException or FormatException or ArgumentException;

    /// <summary>The problem of a saved file <see cref="Unreadable"/> threw for.</summary>
    public static string Problem(Exception exception) => exception switch
    {
        EndOfStreamException => "it is cut short",
        FormatException => exception.Message,
        _ => $"it cannot be read ({exception.Message})",
    };

    /// <summary>The bytes not read yet.</summary>
    public readonly int Left => _bytes.Length - _at;

    /// <summary>The next <paramref name="count"/> bytes.</summary>
    public ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > Left)
        {
            throw new FormatException($"it ends {count - Left} bytes early");
        }

        var taken = _bytes.Slice(_at, count);
        _at += count;
        return taken;
    }

    public byte ReadByte() => Take(1)[0];

    public bool ReadBoolean() => ReadByte() != 0;

    public int ReadInt32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(sizeof(long)));

    /// <summary>A count of what follows, checked against the bytes left, so a damaged count fails at once rather than allocating.</summary>
    public int ReadCount()
    {
        var count = ReadInt32();
        return count >= 0 && count <= Left ? count : throw new FormatException($"a count of {count} does not fit in the bytes left");
    }

    /// <summary>A string as <see cref="BinaryWriter.Write(string)"/> writes it: its UTF-8 length in 7-bit groups, then the bytes.</summary>
    public string ReadString() => Encoding.UTF8.GetString(Take(ReadLength()));

    /// <summary>
    /// A string that recurs across entries (an archive's name): one instance per value, so a
    /// manifest of 100,000 records keeps a handful of archive names, not one copy per record.
    /// </summary>
    public string ReadShared()
    {
        var bytes = Take(ReadLength());
        // Looked up by its characters, so a value seen before allocates nothing.
        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        chars = chars[..Encoding.UTF8.GetChars(bytes, chars)];
        if (_shared.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var shared))
        {
            return shared;
        }

        var value = new string(chars);
        _shared[value] = value;
        return value;
    }

    /// <summary>A list of <see cref="ReadShared"/> strings, as <see cref="PackedWriter.WriteStrings"/> wrote it.</summary>
    public string[] ReadSharedStrings() => ReadArray(static (ref PackedReader reader) => reader.ReadShared());

    /// <summary>A notice as <see cref="PackedWriter.WriteNotice"/> wrote it.</summary>
    public RecordNotice ReadNotice() => new(ReadString(), ReadString(), ReadInt32() is var line and >= 0 ? line : null);

    /// <summary>A list of notices as <see cref="PackedWriter.WriteNotices"/> wrote it.</summary>
    public RecordNotice[] ReadNotices() => ReadArray(static (ref PackedReader reader) => reader.ReadNotice());

    private delegate T ReadOne<out T>(ref PackedReader reader);

    /// <summary>A count, then that many items; the one empty array for none, as most lists are.</summary>
    private T[] ReadArray<T>(ReadOne<T> read)
    {
        var count = ReadCount();
        if (count == 0)
        {
            return [];
        }

        var items = new T[count];
        for (var i = 0; i < count; i++)
        {
            items[i] = read(ref this);
        }

        return items;
    }

    private int ReadLength()
    {
        var length = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var part = ReadByte();
            length |= (part & 0x7F) << shift;
            if ((part & 0x80) == 0)
            {
                return length >= 0 ? length : throw new FormatException("a string's length is negative");
            }
        }

        throw new FormatException("a string's length runs past five bytes");
    }
}

/// <summary>Writes the values <see cref="PackedReader"/> reads that <see cref="BinaryWriter"/> has no method for.</summary>
internal static class PackedWriter
{
    /// <summary>
    /// Writes a file atomically: to a temporary file, flushed to disk, then renamed over the old one,
    /// so a reader sees the old file or the new, never half of one. A failure (a full disk, a
    /// read-only file system) removes the temporary file and leaves the old one as it was. With
    /// <paramref name="checksum"/>, the file ends with the SHA-256 of everything before it
    /// (<see cref="PackedReader.WithoutChecksum"/> checks it).
    /// </summary>
    public static void WriteAtomically(string path, Action<BinaryWriter> write, bool checksum = false)
    {
        using var file = AtomicFile.Create(path, checksum);
        write(file.Writer);
        file.Complete();
    }

    /// <summary>Removes a temporary file a failed write left, keeping the write's own failure the one reported.</summary>
    public static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The write's failure (a full or read-only disk) is on its way out; this one would hide it.
        }
    }

    public static void WriteNotice(this BinaryWriter writer, RecordNotice notice)
    {
        writer.Write(notice.File);
        writer.Write(notice.Message);
        writer.Write(notice.Line ?? -1);
    }

    public static void WriteNotices(this BinaryWriter writer, IReadOnlyCollection<RecordNotice> notices)
    {
        writer.Write(notices.Count);
        foreach (var notice in notices)
        {
            writer.WriteNotice(notice);
        }
    }

    public static void WriteStrings(this BinaryWriter writer, IReadOnlyCollection<string> values)
    {
        writer.Write(values.Count);
        foreach (var value in values)
        {
            writer.Write(value);
        }
    }
}

/// <summary>
/// A file being written atomically (<see cref="PackedWriter.WriteAtomically"/>) for as long as its
/// writer likes: to a temporary file, made the file only by <see cref="Complete"/> (checksum, flush to
/// disk, rename over the old one). Disposed without it, or failing, the temporary file is removed and
/// the old file left as it was. A rebuild writes the manifest this way as it reads the folder, so no
/// file's entry waits in memory for the build to end.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly FileStream _stream;
    private readonly HashingStream? _hashing;
    private bool _done;

    private AtomicFile(string path, bool checksum)
    {
        _path = path;
        _temporary = path + ".tmp";
        _stream = File.Create(_temporary);
        _hashing = checksum ? new HashingStream(_stream) : null;
        Writer = new BinaryWriter(new BufferedStream(_hashing ?? (Stream)_stream, 1 << 16), Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Starts writing <paramref name="path"/>; with <paramref name="checksum"/>, the file will end with the SHA-256 of everything before it.</summary>
    public static AtomicFile Create(string path, bool checksum)
    {
        try
        {
            return new AtomicFile(path, checksum);
        }
        catch
        {
            PackedWriter.DeleteQuietly(path + ".tmp");
            throw;
        }
    }

    /// <summary>Where the file's content goes.</summary>
    public BinaryWriter Writer { get; }

    /// <summary>Ends the file (its checksum, when asked for), flushes it to disk and renames it over the old one.</summary>
    public void Complete()
    {
        try
        {
            Writer.Dispose();
            if (_hashing is not null)
            {
                _stream.Write(_hashing.Hash());
            }

            _stream.Flush(flushToDisk: true);
            _stream.Dispose();
            _hashing?.Dispose();
            File.Move(_temporary, _path, overwrite: true);
            _done = true;
        }
        finally
        {
            Dispose();
        }
    }

    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            Writer.Dispose();
            _stream.Dispose();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Flushing the last bytes failed (the disk is full): the file is being abandoned anyway,
            // and the failure that abandoned it is the one to report.
            _stream.Dispose();
        }
        finally
        {
            _hashing?.Dispose();
            PackedWriter.DeleteQuietly(_temporary);
        }
    }
}

