namespace ArchiveSite.Core.Versions;

/// <summary>
/// One append to the log, all or nothing: lines are written as they are added, made durable at
/// <see cref="Commit"/>, and only then taken into the <see cref="LogState"/>. When a write fails (a
/// full disk, a read-only file system, an I/O error) the file is cut back to where this append
/// began, so no half-written line is ever read, the state keeps what was held before, and the rest
/// of the append is skipped. Used under the store's lock.
/// </summary>
internal sealed class LogAppend(VersionLog log, LogState state) : IDisposable
{
    private readonly List<(int Length, LineRead Read)> _written = [];
    private Stream? _file;
    private long _start;

    /// <summary>Why the append failed, naming the file and what was being written; null while it has not.</summary>
    public string? Problem { get; private set; }

    /// <summary>True when the file could not be cut back after a failure: what is at its end is unknown until read again.</summary>
    public bool TailUnknown { get; private set; }

    /// <summary>Where this append began (the log's length before it).</summary>
    public long Start => _start;

    /// <summary>Lines written and not yet committed.</summary>
    public int Count => _written.Count;

    /// <summary>Writes one line (<paramref name="what"/> says what it holds, for a failure's message), unless the append already failed.</summary>
    public void Add(byte[] line, LineRead read, string what)
    {
        if (Problem is not null)
        {
            return;
        }

        try
        {
            if (_file is null)
            {
                _file = log.OpenAppend();
                _start = _file.Position;
                if (state.Unfinished)
                {
                    _file.Write("\n"u8); // the half-written line stays, closed, and is stepped over when read
                }
            }

            var bytes = new byte[line.Length + 1];
            line.CopyTo(bytes, 0);
            bytes[^1] = (byte)'\n';
            _file.Write(bytes);
            _written.Add((line.Length, read));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(ex, what);
        }
    }

    /// <summary>
    /// Makes the lines written durable and takes them into the state; returns why not when a write
    /// or the flush failed (nothing is kept then). The damaged lines the state learned are none: a
    /// line this append wrote is good.
    /// </summary>
    public string? Commit()
    {
        if (_file is null || Problem is not null)
        {
            return Problem;
        }

        try
        {
            if (_file is FileStream file)
            {
                file.Flush(flushToDisk: true);
            }
            else
            {
                _file.Flush();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(ex, _written.Count == 1 ? "one line" : $"{_written.Count} lines");
            return Problem;
        }

        var offset = _start + (state.Unfinished ? 1 : 0);
        state.Unfinished = false;
        foreach (var (length, read) in _written)
        {
            state.Lines++;
            state.Apply(state.Lines, offset, length, read);
            offset += length + 1;
        }

        state.Complete = offset;
        return null;
    }

    private void Fail(Exception ex, string what)
    {
        Problem = $"The version store {log.Path} could not be appended to while writing {what}: {Reason(ex)} ({ex.Message}). "
                  + "Nothing of this write is kept; the texts held before are served, and the next reload writes these again.";
        if (_file is null)
        {
            return; // it could not even be opened: nothing was written
        }

        try
        {
            // Back to where this append began, so that no half-written line is left to be read.
            _file.SetLength(_start);
            _file.Flush();
        }
        catch (Exception again) when (again is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TailUnknown = true;
            Problem += $" The file could not be cut back to {_start:N0} bytes ({again.Message}); what was written is read again, and a half-written line is stepped over.";
        }
    }

    /// <summary>The cause in words an operator acts on.</summary>
    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "the site may not write to it",
        IOException { HResult: 28 } => "the disk is full (ENOSPC)",
        IOException { HResult: 30 } => "the file system is read-only (EROFS)",
        IOException { HResult: 122 } => "the disk quota is exceeded (EDQUOT)",
        _ => "an input/output error",
    };

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            _file?.Dispose();
        }
        catch (IOException)
        {
            // Unbuffered: nothing is left to write, and a close that fails loses nothing.
        }
    }
}
