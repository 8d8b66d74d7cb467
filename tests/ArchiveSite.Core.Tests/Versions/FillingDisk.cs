namespace ArchiveSite.Core.Tests.Versions;

/// <summary>
/// A disk for the version store's log that fills up or turns read-only on command: opens the real
/// file, and fails writes with the errors Linux gives (ENOSPC, EROFS) as .NET reports them, after
/// writing what still fitted, as a real full disk does. No root, no mounts.
/// </summary>
internal sealed class FillingDisk
{
    /// <summary>Bytes that still fit; null for room enough.</summary>
    public long? SpaceLeft { get; set; }

    /// <summary>True when opening the file to write fails as on a read-only file system.</summary>
    public bool ReadOnly { get; set; }

    /// <summary>Opens the log to append, as the store's hook does.</summary>
    public Stream Open(string path)
    {
        if (ReadOnly)
        {
            throw new IOException($"Read-only file system : '{path}'", 30);
        }

        return new Filling(this, new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0));
    }

    private sealed class Filling(FillingDisk disk, FileStream file) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => file.Length;

        public override long Position { get => file.Position; set => file.Position = value; }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (disk.SpaceLeft is { } left && buffer.Length > left)
            {
                file.Write(buffer[..(int)left]); // what fitted: half a line
                disk.SpaceLeft = 0;
                throw new IOException($"No space left on device : '{file.Name}'", 28);
            }

            file.Write(buffer);
            disk.SpaceLeft -= buffer.Length;
        }

        public override void Flush() => file.Flush(flushToDisk: true);

        public override void SetLength(long value) => file.SetLength(value);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => file.Seek(offset, origin);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
