namespace ArchiveSite.Core.Archive;

/// <summary>The documents folder as a start first meets it: can it be listed at all?</summary>
public static class DocumentsFolder
{
    /// <summary>
    /// Why the documents folder cannot be served, as the end of a sentence naming it ("does not
    /// exist"), or null when it can be listed. Checked before anything else, so that startup stops
    /// with the folder and the reason, not with an exception from deep in the loader.
    /// </summary>
    public static string? Problem(string path)
    {
        if (File.Exists(path))
        {
            return "is a file, not a folder";
        }

        if (!System.IO.Directory.Exists(path))
        {
            return "does not exist";
        }

        try
        {
            using var entries = System.IO.Directory.EnumerateFileSystemEntries(path).GetEnumerator();
            entries.MoveNext();
            return null;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            return $"cannot be read ({ex.Message})";
        }
    }
}
