using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>What opening a persisted index did.</summary>
public enum IndexUpdateKind
{
    /// <summary>No record changed: the index on disk was opened as it was.</summary>
    Reused,

    /// <summary>Some records changed: only those were re-indexed, in place.</summary>
    Updated,

    /// <summary>The index was built from scratch (see <see cref="IndexUpdate.RebuildReason"/>).</summary>
    Rebuilt,
}

/// <summary>What opening a persisted index found and did, for the startup log and the catalogue.</summary>
/// <param name="Kind">Reused, updated in place, or rebuilt.</param>
/// <param name="RebuildReason">Why the index was rebuilt, when it was.</param>
/// <param name="Served">The served files, in path order, as the manifest records them.</param>
/// <param name="Rejections">Every file not served, with its reason.</param>
/// <param name="Warnings">What served records were read leniently.</param>
/// <param name="Indexed">Records written to the index by this opening, new or changed (all of them on a rebuild).</param>
/// <param name="Removed">Records the index held that are no longer served.</param>
/// <param name="Relinked">Unchanged records re-indexed because their reply thread changed.</param>
/// <param name="FilesRead">Files read and hashed (the rest were taken as unchanged from their size and time).</param>
/// <param name="Elapsed">The whole opening, from the folder listing to a searchable index.</param>
public sealed record IndexUpdate(
    IndexUpdateKind Kind,
    string? RebuildReason,
    IReadOnlyList<ManifestFile> Served,
    IReadOnlyList<RecordNotice> Rejections,
    IReadOnlyList<RecordNotice> Warnings,
    int Indexed,
    int Removed,
    int Relinked,
    int FilesRead,
    TimeSpan Elapsed);
