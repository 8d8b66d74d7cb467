namespace ArchiveSite.Core.Versions;

/// <summary>
/// The store's log file, <c>versions.jsonl</c>: one line per text (<see cref="LogLine"/>), and a
/// line when a record is withdrawn or returns, append-only. A line is never rewritten or removed; a
/// crash can at worst leave a last line half-written, which is reported, kept, and stepped over.
/// This type only moves bytes: reading lines, reading one line, opening the file to append.
/// </summary>
/// <param name="path">The log's path.</param>
/// <param name="openAppend">Opens the file to append; a test passes one that fails as a full disk does.</param>
internal sealed class VersionLog(string path, Func<string, Stream>? openAppend = null)
{
    /// <summary>The log's name inside the store's folder.</summary>
    public const string FileName = "versions.jsonl";

    /// <summary>The log's path.</summary>
    public string Path { get; } = path;

    /// <summary>What reading the log from some point on found.</summary>
    /// <param name="Lines">Lines read in all, counting from the log's start (an unfinished last line included).</param>
    /// <param name="Complete">Where the whole lines end: the start of an unfinished last line, or the end.</param>
    /// <param name="Unfinished">True when the last line has no end: the next append must close it first.</param>
    public readonly record struct ScanResult(int Lines, long Complete, bool Unfinished);

    /// <summary>What is given each line read: its number, offset and bytes (without the newline), and whether it ended.</summary>
    public delegate void LineAction(int number, long offset, ReadOnlySpan<byte> bytes, bool ended);

    /// <summary>
    /// Reads every line from byte <paramref name="from"/> (line <paramref name="linesBefore"/> + 1)
    /// to byte <paramref name="end"/> (or the file's end, if sooner), giving each to
    /// <paramref name="each"/>. Empty lines are counted and not given.
    /// </summary>
    public static ScanResult Scan(FileStream file, long from, int linesBefore, long end, LineAction each, CancellationToken cancellation = default)
    {
        file.Position = from;
        var lineNumber = linesBefore;
        var pending = new MemoryStream();
        long lineStart = from, position = from;
        var buffer = new byte[1 << 16];
        int read;
        while (position < end && (read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, end - position))) > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            var chunk = buffer.AsSpan(0, read);
            var start = 0;
            int newline;
            while ((newline = chunk[start..].IndexOf((byte)'\n')) >= 0)
            {
                var stop = start + newline;
                lineNumber++;
                ReadOnlySpan<byte> line = chunk[start..stop];
                if (pending.Length > 0)
                {
                    pending.Write(line);
                    line = pending.GetBuffer().AsSpan(0, (int)pending.Length);
                }

                if (line.Length > 0)
                {
                    each(lineNumber, lineStart, line, ended: true);
                }

                pending.SetLength(0);
                start = stop + 1;
                lineStart = position + start;
            }

            pending.Write(chunk[start..]);
            position += read;
        }

        if (pending.Length > 0)
        {
            each(lineNumber + 1, lineStart, pending.GetBuffer().AsSpan(0, (int)pending.Length), ended: false);
            return new ScanResult(lineNumber + 1, lineStart, Unfinished: true);
        }

        return new ScanResult(lineNumber, position, Unfinished: false);
    }

    /// <summary>Opens the log to read lines from it.</summary>
    public FileStream OpenRead() => new(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16);

    /// <summary>The bytes of one entry's line, read from disk.</summary>
    /// <exception cref="IOException">The file cannot be read, or ends before the line does (it was cut short).</exception>
    /// <exception cref="UnauthorizedAccessException">The site may not read it.</exception>
    public byte[] ReadLine(LogEntry entry)
    {
        var bytes = new byte[entry.Length];
        using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var done = 0;
        while (done < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(done), entry.Offset + done);
            if (read == 0)
            {
                throw new EndOfStreamException($"{Path} ends at byte {entry.Offset + done}, before line {entry.Line} does: the file was cut short.");
            }

            done += read;
        }

        return bytes;
    }

    /// <summary>
    /// Opens the log to append, creating it when missing. Unbuffered: each line goes to the system
    /// in one write, so a failure leaves nothing waiting in a buffer to be written (or fail again)
    /// when the file is closed.
    /// </summary>
    public Stream OpenAppend() =>
        openAppend?.Invoke(Path) ?? new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 0);
}
