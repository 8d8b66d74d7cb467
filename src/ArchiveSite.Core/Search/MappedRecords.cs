using System.IO.MemoryMappedFiles;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Search;

/// <summary>
/// One blob of bytes per served record, by the record's position in id order, in a file beside the
/// index written for one index commit and mapped into memory: the shape of the stores that make a
/// page a lookup (<see cref="CardStore"/>, <see cref="PageStore"/>). Mapped, they cost the page
/// cache, not the process's own memory. Written as a stream (the blobs, then where each begins,
/// then a SHA-256 of it all), so a store of 100,000 records never sits whole in memory; each blob
/// carries the start of its own SHA-256, checked when it is read, so a damaged byte is never
/// served and opening reads nothing but the head. Thread-safe.
/// </summary>
internal sealed class MappedRecords : IDisposable
{
    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly long _offsets;
    private readonly RecordPositions _positions;

    private MappedRecords(MemoryMappedFile file, MemoryMappedViewAccessor view, long offsets, RecordPositions positions)
    {
        _file = file;
        _view = view;
        _offsets = offsets;
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

        var start = _view.ReadInt64(_offsets + (position * sizeof(long)));
        var end = _view.ReadInt64(_offsets + ((position + 1) * sizeof(long)));
        if (start < 0 || end - start < BlobCheck || end > _offsets)
        {
            throw new InvalidDataException($"The stored entry of record {id} is out of place.");
        }

        var stored = new byte[end - start];
        _view.ReadArray(start, stored, 0, stored.Length);
        var blob = stored[..^BlobCheck];
        if (!SHA256.HashData(blob).AsSpan(0, BlobCheck).SequenceEqual(stored.AsSpan(blob.Length)))
        {
            throw new InvalidDataException($"The stored entry of record {id} does not match its checksum.");
        }

        return blob;
    }

    /// <summary>How many bytes of each blob's SHA-256 are kept with it.</summary>
    private const int BlobCheck = 8;

    /// <summary>
    /// What <paramref name="read"/> reads from a store, or null when the store fails: it was checked
    /// whole when opened, but a mapped file changed under the site (another process writing over it,
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
    /// what it needs from the index).
    /// </summary>
    public static MappedRecords? TryOpen(string path, ReadOnlySpan<byte> magic, int format, string? commit, RecordPositions positions)
    {
        var count = positions.Count;
        if (commit is null || !File.Exists(path))
        {
            return null;
        }

        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            var length = new FileInfo(path).Length;
            var trailer = ((count + 1) * (long)sizeof(long)) + SHA256.HashSizeInBytes;
            if (length < trailer)
            {
                return null;
            }

            file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            var head = new byte[Math.Min(length - trailer, 1024)];
            view.ReadArray(0, head, 0, head.Length);
            var reader = new PackedReader(head);
            if (!reader.Take(magic.Length).SequenceEqual(magic) || reader.ReadInt32() != format || reader.ReadString() != commit || reader.ReadInt32() != count)
            {
                Close();
                return null;
            }

            var offsets = length - trailer;
            // The whole file's checksum is for tools that check a store offline; the site checks
            // each blob as it reads it, so opening costs nothing whatever the size.
            if (view.ReadInt64(offsets) != head.Length - reader.Left || view.ReadInt64(offsets + (count * sizeof(long))) != offsets)
            {
                Close();
                return null;
            }

            return new MappedRecords(file, view, offsets, positions);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            Close();
            return null;
        }

        void Close()
        {
            view?.Dispose();
            file?.Dispose();
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
            File.Delete(temporary);
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

    /// <summary>Passes writes through to a stream and hashes them, counting the position.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _position;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _position;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            inner.Write(buffer);
            _position += buffer.Length;
        }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}
