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
    /// <summary>Writes a file atomically: to a temporary file, flushed to disk, then renamed over the old one.</summary>
    public static void WriteAtomically(string path, Action<BinaryWriter> write)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            using (var writer = new BinaryWriter(new BufferedStream(stream, 1 << 16), Encoding.UTF8, leaveOpen: true))
            {
                write(writer);
            }

            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
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
