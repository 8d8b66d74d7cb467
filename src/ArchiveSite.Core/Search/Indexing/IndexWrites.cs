using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// How the index's writes meet a disk that refuses them: a full disk (ENOSPC, or a quota) or a
/// read-only file system (EROFS, or no permission) stops the build or update with a message that
/// names the folder, what was being written and why; Lucene's writer is rolled back, never
/// committed, so the last good commit is what is served, and the next attempt starts from it.
/// Also the seam tests inject such a disk through (<see cref="Through"/>).
/// </summary>
internal static class IndexWrites
{
    /// <summary>Linux's errno for "No space left on device", which .NET keeps as the IOException's HResult.</summary>
    private const int NoSpace = 28;

    /// <summary>Linux's errno for "Read-only file system".</summary>
    private const int ReadOnlyFileSystem = 30;

    /// <summary>Linux's errno for "Disk quota exceeded".</summary>
    private const int QuotaExceeded = 122;

    /// <summary>The directory writes go through: <paramref name="directory"/>, or what <paramref name="writes"/> wraps it in.</summary>
    public static LuceneDirectory Through(LuceneDirectory directory, Func<LuceneDirectory, LuceneDirectory>? writes) =>
        writes is null ? directory : writes(directory);

    /// <summary>
    /// Runs <paramref name="write"/>; a disk that refuses it becomes an <see cref="IndexWriteException"/>
    /// naming <paramref name="indexPath"/> and <paramref name="what"/> was being written.
    /// </summary>
    public static void Describe(Action write, string? indexPath, string what) => Describe(() =>
    {
        write();
        return true;
    }, indexPath, what);

    /// <inheritdoc cref="Describe(Action, string?, string)"/>
    public static T Describe<T>(Func<T> write, string? indexPath, string what)
    {
        try
        {
            return write();
        }
        catch (Exception ex) when (ex is not IndexWriteException && Refusing(ex) is { } refused)
        {
            throw new IndexWriteException(indexPath ?? "the index folder", what, Reason(refused), refused);
        }
    }

    /// <summary>Why the disk refused a write ("the disk is full", "the file system is read-only"), or null when <paramref name="exception"/> is something else.</summary>
    public static string? Refusal(Exception exception) => Refusing(exception) is { } refused ? Reason(refused) : null;

    /// <summary>
    /// The exception in which the disk refused a write, however deep: Lucene adds documents on every
    /// core, so a full disk met while adding comes wrapped in an AggregateException.
    /// </summary>
    private static Exception? Refusing(Exception exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Select(Refusing).FirstOrDefault(r => r is not null),
        IOException { HResult: NoSpace or QuotaExceeded or ReadOnlyFileSystem } or UnauthorizedAccessException => exception,
        _ => exception.InnerException is { } inner ? Refusing(inner) : null,
    };

    private static string Reason(Exception refused) => refused switch
    {
        IOException { HResult: ReadOnlyFileSystem } => "the file system is read-only",
        UnauthorizedAccessException => "the site may not write there",
        _ => "the disk is full",
    };
}
