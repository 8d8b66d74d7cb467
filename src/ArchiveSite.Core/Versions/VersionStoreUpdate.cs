namespace ArchiveSite.Core.Versions;

/// <summary>What a write changed in the store.</summary>
/// <param name="NewRecords">Records the store had never seen.</param>
/// <param name="NewVersions">Known records whose text changed: a version was added.</param>
/// <param name="Unchanged">Records whose text the store already held.</param>
/// <param name="Repaired">Texts the store held only on a damaged line (or lacked though they were served), written again.</param>
/// <param name="Withdrawn">Records that left the corpus, each now marked so.</param>
/// <param name="Returned">Withdrawn records served again.</param>
/// <param name="Problem">Why the write failed (a full disk, a read-only file system), naming the file and what was being written; null when everything was written. After a failure nothing of the write is kept and the counts above are of what was already held.</param>
public sealed record VersionStoreUpdate(int NewRecords, int NewVersions, int Unchanged, int Repaired = 0, int Withdrawn = 0, int Returned = 0, string? Problem = null)
{
    /// <summary>Nothing to write.</summary>
    public static VersionStoreUpdate None { get; } = new(0, 0, 0);
}
