using Lucene.Net.Codecs;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Checks the Lucene files of an index's last commit against the checksums Lucene 4.8 keeps in
/// every file's footer, file by file so that damage is reported with the file and its segment.
/// <see cref="Quick"/> is for a start: the commit (its segments file is read whole, and Lucene
/// checks its checksum as it reads it), every file it names present, and each footer in place,
/// a few bytes a file, so a start at 100,000 records stays within its two seconds.
/// <see cref="Full"/> reads every byte of every file and compares its checksum, which is what
/// <see cref="AtomicReader.CheckIntegrity"/> does for a segment, and runs in the background.
/// </summary>
internal static class IndexCheck
{
    /// <summary>The first fault the cheap checks find in the last commit, or null when they find none (or there is no index).</summary>
    public static IndexFault? Quick(LuceneDirectory directory) => FirstFault(Each(directory, full: false, CancellationToken.None));

    /// <summary>The first fault found when every file of the last commit is read whole and its checksum compared; null when all match.</summary>
    public static IndexFault? Full(LuceneDirectory directory, CancellationToken cancellation) => FirstFault(Each(directory, full: true, cancellation));

    private static IndexFault? FirstFault(IEnumerable<(string File, string? Segment, string? Problem)> results) =>
        results.FirstOrDefault(r => r.Problem is not null) is { Problem: { } problem } fault ? new IndexFault(fault.File, fault.Segment, problem) : null;

    /// <summary>
    /// Reads the last commit and checks each of its files (the segments file first, then each
    /// segment's), yielding each with its segment and what is wrong with it (null when it is whole):
    /// <paramref name="full"/>, its checksum compared over every byte; otherwise its footer alone
    /// (its magic, its algorithm and where it stands: a cut or padded file fails here). Nothing when
    /// there is no commit at all: there is nothing to check.
    /// </summary>
    public static IEnumerable<(string File, string? Segment, string? Problem)> Each(LuceneDirectory directory, bool full, CancellationToken cancellation)
    {
        var present = directory.ListAll().ToHashSet(StringComparer.Ordinal);
        var segmentsFile = SegmentInfos.GetLastCommitSegmentsFileName(present.ToArray());
        if (segmentsFile is null)
        {
            yield break;
        }

        // Lucene checks the segments file's checksum as it reads it.
        var infos = new SegmentInfos();
        var unreadable = Attempt(() => infos.Read(directory, segmentsFile));
        yield return (segmentsFile, null, unreadable);
        if (unreadable is not null)
        {
            yield break;
        }

        foreach (var info in infos.AsList())
        {
            foreach (var file in info.GetFiles().Order(StringComparer.Ordinal))
            {
                cancellation.ThrowIfCancellationRequested();
                yield return (file, info.Info.Name, !present.Contains(file) ? "the file is missing" : Attempt(() =>
                {
                    using var input = directory.OpenInput(file, IOContext.READ_ONCE);
                    if (full)
                    {
                        CodecUtil.ChecksumEntireFile(input);
                    }
                    else
                    {
                        CodecUtil.RetrieveChecksum(input);
                    }
                }));
            }
        }
    }

    /// <summary>What is wrong, when <paramref name="check"/> throws as Lucene does on a damaged file; null when it passes.</summary>
    private static string? Attempt(Action check)
    {
        try
        {
            check();
            return null;
        }
        catch (Exception ex) when (ex is IOException || IndexDamage.IsDamage(ex))
        {
            return Problem(ex);
        }
    }

    private static string Problem(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "the file is missing",
        EndOfStreamException => $"the file is cut short ({ex.Message})",
        _ => ex.Message,
    };
}
