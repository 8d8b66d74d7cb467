using ArchiveSite.Core.Names;
using Lucene.Net.Index;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// The rules of an index folder: who may write it, which code wrote it, and whether its manifest
/// still describes its Lucene files. Read before anything is opened, so a start knows at once
/// whether it will reuse the index or rebuild it, and why.
/// </summary>
internal static class IndexFolder
{
    /// <summary>The file held open, exclusively, while a site may write the index: a second writer is refused at once.</summary>
    public const string OwnerFileName = "archivesite.lock";

    /// <summary>
    /// Holds the index folder for this process alone: two sites rebuilding one folder would delete
    /// each other's files. (On Linux, .NET takes an advisory lock for FileShare.None.)
    /// </summary>
    public static FileStream TakeOwnership(string indexPath)
    {
        // A site that stops as this one starts (a restart, a test's next site) lets go within
        // moments: wait that long before saying another process has the folder.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return new FileStream(Path.Combine(indexPath, OwnerFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < OwnershipAttempts)
            {
                Thread.Sleep(100);
            }
            catch (IOException ex)
            {
                throw Owned(indexPath, ex);
            }
        }
    }

    /// <summary>Tries to take the folder over three seconds.</summary>
    private const int OwnershipAttempts = 30;

    private static InvalidOperationException Owned(string indexPath, IOException ex) => new(
        $"Another ArchiveSite process is using the index folder '{indexPath}' ({ex.Message}). Give each site that reads a documents folder its own Archive:IndexPath, or build the index once (build-index) and serve it with Archive:ReadOnly=true.", ex);

    /// <summary>
    /// Why opening <paramref name="indexPath"/> would rebuild the index (no index yet, another
    /// version of the code, a damaged manifest…), or null when it would be reused or updated in place.
    /// </summary>
    public static string? RebuildReason(string indexPath, NameAuthority names)
    {
        if (!System.IO.Directory.Exists(indexPath))
        {
            return "there is no index yet";
        }

        // The head alone decides the common case (an index of this code, at this commit) without
        // reading a large manifest twice; anything else gets the full check, and its reason.
        using var directory = FSDirectory.Open(indexPath);
        if (IndexManifest.TryReadHead(indexPath) is { } head && head.Format == IndexManifest.CurrentFormat
            && head.Indexer == IndexerFingerprint(names) && head.Commit == CommitOf(directory, out _))
        {
            return null;
        }

        return Usable(directory, indexPath, names, out var problem) is null ? problem : null;
    }

    /// <summary>
    /// Which code and authority an index is written by: the Core assembly's module version id (the
    /// build is deterministic, so it changes exactly when the code does) and the names fingerprint.
    /// </summary>
    public static string IndexerFingerprint(NameAuthority names) =>
        $"{typeof(IndexFolder).Assembly.ManifestModule.ModuleVersionId:N}-{names.Fingerprint}";

    /// <summary>The manifest, when it can be trusted to describe the index on disk; otherwise null and why.</summary>
    public static IndexManifest? Usable(LuceneDirectory directory, string indexPath, NameAuthority names, out string? problem)
    {
        var manifest = IndexManifest.TryRead(indexPath, out problem);
        if (manifest is null)
        {
            return null;
        }

        if (manifest.Indexer != IndexerFingerprint(names))
        {
            problem = "the index was written by another version of the indexing code or with another names authority";
            return null;
        }

        var commit = CommitOf(directory, out var unreadable);
        if (unreadable is not null)
        {
            problem = $"the index files cannot be read ({unreadable})";
            return null;
        }

        if (commit != manifest.Commit)
        {
            problem = "the index files do not match their manifest (an earlier build was interrupted)";
            return null;
        }

        return manifest;
    }

    /// <summary>
    /// Removes every file of the index folder but the owner's lock: the Lucene files, the manifest,
    /// the saved catalogue and the lookup stores. For a damaged index, which is rebuilt from scratch
    /// rather than opened (Lucene's writer would read the damaged commit to carry its files over).
    /// Files still mapped by a view that requests read stay readable to them until it closes.
    /// </summary>
    public static void Clear(string indexPath)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(indexPath))
        {
            if (!Path.GetFileName(file).Equals(OwnerFileName, StringComparison.Ordinal))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>A new manifest commit id, for the Lucene commit's user data and the manifest alike.</summary>
    public static Dictionary<string, string> NewCommit() => new() { [IndexManifest.CommitKey] = Guid.NewGuid().ToString("N") };

    /// <summary>The manifest commit named in the index's last commit, or null (with why, when the files cannot be read).</summary>
    private static string? CommitOf(LuceneDirectory directory, out string? unreadable)
    {
        unreadable = null;
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return null;
            }

            // The last commit's user data, from the segments file alone: no segment is opened.
            var commits = DirectoryReader.ListCommits(directory);
            return commits[^1].UserData.TryGetValue(IndexManifest.CommitKey, out var commit) ? commit : null;
        }
        catch (IOException ex)
        {
            unreadable = ex.Message;
            return null;
        }
    }
}
