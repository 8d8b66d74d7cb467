using System.Diagnostics;
using Lucene.Net.Index;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Tells an exception that means "the index on disk is damaged" from any other: a request or a
/// start that meets one answers (or rebuilds) as for damage, never with a 500 or an exit.
/// </summary>
public static class IndexDamage
{
    private static readonly System.Reflection.Assembly Lucene = typeof(IndexReader).Assembly;

    /// <summary>
    /// True for what Lucene throws on damaged files: <see cref="CorruptIndexException"/> (and the
    /// format-too-old and too-new kinds, which derive from it), any <see cref="IOException"/> thrown
    /// inside Lucene (read past EOF, a missing file), and the out-of-range and similar errors
    /// Lucene's codecs throw when they decode damaged bytes without a checksum to stop them first
    /// (the FRUS finding: an <see cref="IndexOutOfRangeException"/> from a damaged terms file).
    /// The same errors thrown outside Lucene are ours, not the disk's, and are not damage.
    /// </summary>
    public static bool IsDamage(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsDamage),
        IndexDamagedException or CorruptIndexException => true,
        // A disk that refuses a write (full, read-only) is not damage: rebuilding would only meet it again.
        _ when IndexWrites.Refusal(exception) is not null => false,
        // A closed reader is the site shutting down or a swap, never damage.
        ObjectDisposedException => false,
        // ArgumentException too: Array.Copy inside a codec reports bytes that run past an array so.
        // NullReferenceException too: a terms reader meeting damaged bytes (a FRUS index with a byte
        // flipped every 4 KB of its terms file) fails so while it opens the segment.
        IOException or IndexOutOfRangeException or ArgumentException or OverflowException or NullReferenceException => ThrownInsideLucene(exception),
        _ => exception.InnerException is { } inner && IsDamage(inner),
    };

    /// <summary>The innermost message, which for Lucene names the file it was reading (resource=…).</summary>
    public static string Describe(Exception exception)
    {
        var inner = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.First(IsDamage) : exception;
        return $"{inner.GetType().Name}: {inner.Message}";
    }

    /// <summary>
    /// The damage <paramref name="exception"/> reports, as a fault that names the file: Lucene's
    /// messages name the file they were reading (<c>path="…/_1_Lucene41_0.tim"</c>, or
    /// <c>resource=…</c>); the segment is the file name's first part.
    /// </summary>
    public static IndexFault Fault(Exception exception)
    {
        if ((exception as IndexDamagedException ?? exception.InnerException as IndexDamagedException) is { } damaged)
        {
            return damaged.Fault;
        }

        var message = Describe(exception);
        var path = System.Text.RegularExpressions.Regex.Match(message, @"path=""([^""]+)""");
        if (!path.Success)
        {
            path = System.Text.RegularExpressions.Regex.Match(message, @"resource=[A-Za-z]*\(?([^)\s""]+)");
        }

        var file = path.Success ? Path.GetFileName(path.Groups[1].Value) : "the index";
        return new IndexFault(file, SegmentOf(file), message);
    }

    /// <summary>The segment a Lucene file belongs to (_1 for _1_Lucene41_0.tim or _1.fdt), or null for segments_N and other files.</summary>
    public static string? SegmentOf(string file)
    {
        if (!file.StartsWith('_'))
        {
            return null;
        }

        var end = file.IndexOfAny(['_', '.'], 1);
        return end > 1 ? file[..end] : null;
    }

    private static bool ThrownInsideLucene(Exception exception) =>
        new StackTrace(exception, fNeedFileInfo: false).GetFrames().Any(f => f.GetMethod()?.DeclaringType?.Assembly == Lucene);
}
