using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Tests.Search.Indexing;

/// <summary>
/// What the index's writes meet, as a test sets it: a disk that is full after a number of bytes
/// (an IOException with Linux's ENOSPC, as .NET reports it), or a gate every new file waits at
/// (to hold a build at a known point). <see cref="Wrap"/> is the seam the site takes
/// (<c>ArchiveSettings.Writes</c>); MockDirectoryWrapper is in Lucene's test framework, which is
/// not a package here.
/// </summary>
internal sealed class WriteFaults
{
    private long _written;

    /// <summary>Bytes the disk still takes before it is full; null for room enough.</summary>
    public long? SpaceLeft { get; set; }

    /// <summary>Closed: every new index file waits until it opens.</summary>
    public ManualResetEventSlim Gate { get; } = new(initialState: true);

    /// <summary>Set once a write has waited at the closed gate.</summary>
    public ManualResetEventSlim Waiting { get; } = new(initialState: false);

    /// <summary>The seam: wraps the directory the site writes through.</summary>
    public Func<LuceneDirectory, LuceneDirectory> Wrap => directory => new FaultyDirectory(directory, this);

    /// <summary>Files the disk refused.</summary>
    public int Refusals { get; private set; }

    private void Write(string file, long bytes)
    {
        if (SpaceLeft is { } left && Interlocked.Add(ref _written, bytes) > left)
        {
            Refusals++;
            throw new IOException($"No space left on device : '{file}'", 28);
        }
    }

    private sealed class FaultyDirectory(LuceneDirectory inner, WriteFaults faults) : FilterDirectory(inner)
    {
        public override IndexOutput CreateOutput(string name, IOContext context)
        {
            if (!faults.Gate.IsSet)
            {
                faults.Waiting.Set();
                faults.Gate.Wait();
            }

            faults.Write(name, 0);
            return new FaultyOutput(base.CreateOutput(name, context), faults, name);
        }

        // The directory it wraps is the site's, closed by the site.
        protected override void Dispose(bool disposing)
        {
        }
    }

    private sealed class FaultyOutput(IndexOutput inner, WriteFaults faults, string name) : IndexOutput
    {
        public override long Checksum => inner.Checksum;

        public override long Length
        {
            get => inner.Length;
            set => inner.Length = value;
        }

        public override long Position => inner.Position;

        public override void WriteByte(byte b)
        {
            faults.Write(name, 1);
            inner.WriteByte(b);
        }

        public override void WriteBytes(byte[] b, int offset, int length)
        {
            faults.Write(name, length);
            inner.WriteBytes(b, offset, length);
        }

        public override void Flush() => inner.Flush();

        [Obsolete("As IndexOutput.Seek")]
        public override void Seek(long pos) => inner.Seek(pos);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
        }
    }
}
