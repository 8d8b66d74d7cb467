namespace ArchiveSite.Core.Versions;

/// <summary>
/// A line of the version store's log (<c>versions.jsonl</c>) that does not hold what it should: its
/// bytes changed after it was written (its checksum, or for a line of the first format its text's
/// version, no longer matches), it cannot be read, or it was left incomplete. The line stays in the
/// file as it is (the log is only ever appended to); a good copy of the same text written after it
/// repairs it.
/// </summary>
/// <param name="Line">Its line number in the log, from 1.</param>
/// <param name="Offset">Where its first byte lies in the log.</param>
/// <param name="Id">The record it holds, as the saved index or its own head names it; null when neither can be read.</param>
/// <param name="Version">The version of the text it holds, likewise; null when unknown.</param>
/// <param name="Reason">What is wrong with it.</param>
/// <param name="RepairedAt">The line that holds a good copy of the same text (found later in the log, or written there from the record served now); null while none does.</param>
/// <param name="Unfinished">True for a line a stop left incomplete while writing it: its text was never served from it, and is recorded again while it is current.</param>
public sealed record DamagedLine(int Line, long Offset, string? Id, string? Version, string Reason, int? RepairedAt = null, bool Unfinished = false)
{
    /// <summary>What the line held, as far as is known: <c>record 112082, version 3f2a…</c>.</summary>
    public string What => Id is null ? "record unknown" : Version is null ? $"record {Id}" : $"record {Id}, version {Version}";

    /// <summary>One sentence for the log and for <c>verify</c>, naming the file, the line and the record.</summary>
    public string Describe(string logPath) =>
        $"Line {Line} of {logPath} ({What}) is damaged: {Reason}. " + (RepairedAt is { } good
            ? $"The same text is kept good at line {good}."
            : Unfinished
                ? "It is kept as it is and stepped over; the text is recorded again while it is the one served."
                : Id is null
                    ? "It is kept as it is and stepped over; what it held cannot be named, so restore the file from a backup to recover it."
                    : "No good copy of this text is kept: its versioned permalink says so (410) until the file is restored from a backup.");
}
