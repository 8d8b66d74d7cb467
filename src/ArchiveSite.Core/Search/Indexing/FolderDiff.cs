using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// What changed between two states of the documents folder, as their manifests record them: which
/// files are served now (the first file of an id wins, as in a full load), which records must be
/// (re-)indexed, and which ids the index must delete first. Pure set arithmetic: reading the files
/// and writing the index are <see cref="IndexRefresh"/>'s.
/// </summary>
/// <param name="Served">The files served now, in path order.</param>
/// <param name="Rejections">Every file not served now, with its reason.</param>
/// <param name="Warnings">What the served records were read leniently for.</param>
/// <param name="Changed">Served files whose record is new, changed, moved or newly unmasked (a duplicate whose winner left).</param>
/// <param name="DeleteIds">Ids to delete before adding: records no longer served, and the old texts of changed ones.</param>
/// <param name="Removed">How many records the index held that are no longer served.</param>
internal sealed record FolderDiff(
    IReadOnlyList<ManifestFile> Served,
    IReadOnlyList<RecordNotice> Rejections,
    IReadOnlyList<RecordNotice> Warnings,
    IReadOnlyList<ManifestFile> Changed,
    IReadOnlyList<string> DeleteIds,
    int Removed)
{
    /// <summary>True when the index need not be written.</summary>
    public bool IsEmpty => Changed.Count == 0 && DeleteIds.Count == 0;

    /// <summary>Compares the files the index was built from with the files there are now.</summary>
    public static FolderDiff Between(IReadOnlyList<ManifestFile> before, IReadOnlyList<ManifestFile> now)
    {
        var (was, _, _) = IndexManifest.Collect(before);
        var (served, rejections, warnings) = IndexManifest.Collect(now);
        var wasById = was.ToDictionary(f => f.Id!, StringComparer.OrdinalIgnoreCase);
        var servedIds = served.Select(f => f.Id!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var changed = served
            .Where(f => !wasById.TryGetValue(f.Id!, out var old) || old.Path != f.Path || old.Sha256 != f.Sha256 || old.Id != f.Id)
            .ToArray();
        var changedIds = changed.Select(f => f.Id!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var deleteIds = was
            .Where(f => !servedIds.Contains(f.Id!) || changedIds.Contains(f.Id!))
            .Select(f => f.Id!)
            .ToArray();
        return new FolderDiff(served, rejections, warnings, changed, deleteIds, was.Count(f => !servedIds.Contains(f.Id!)));
    }
}
