namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// A build or update of the index stopped because the disk refused a write (full, read-only, no
/// permission). Nothing it wrote is served: the last good commit is, and the next attempt (a
/// reload, a retry) starts from it once the disk takes writes again.
/// </summary>
public sealed class IndexWriteException : IOException
{
    /// <summary>A write refused while writing <paramref name="what"/> in <paramref name="folder"/>, for <paramref name="refusal"/>.</summary>
    public IndexWriteException(string folder, string what, string refusal, Exception inner)
        : base($"{Capitalised(refusal)} ({inner.Message}) while writing {what} in {folder}: the write was rolled back and the last good state is kept", inner)
    {
        Folder = folder;
        What = what;
        Refusal = refusal;
        HResult = inner.HResult;
    }

    /// <summary>The folder being written.</summary>
    public string Folder { get; }

    /// <summary>What was being written ("the segment files of an update").</summary>
    public string What { get; }

    /// <summary>Why the disk refused it ("the disk is full").</summary>
    public string Refusal { get; }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
