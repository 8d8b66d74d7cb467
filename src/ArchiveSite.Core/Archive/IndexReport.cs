using ArchiveSite.Core.Search;

namespace ArchiveSite.Core.Archive;

/// <summary>What a check of an index folder found, file by file.</summary>
/// <param name="Folder">The index folder.</param>
/// <param name="Commit">The manifest commit of the index's last Lucene commit, when its files are whole.</param>
/// <param name="Findings">One line a file checked, in the order checked.</param>
public sealed record IndexReport(string Folder, string? Commit, IReadOnlyList<IndexFinding> Findings)
{
    /// <summary>The damaged files.</summary>
    public IEnumerable<IndexFinding> Damage => Findings.Where(f => f.Kind == FindingKind.Damaged);

    /// <summary>
    /// The first damage in the index itself (a Lucene file of the commit, the commit, the manifest),
    /// which only a rebuild repairs; null when the damage, if any, is only in what is saved beside
    /// it (the catalogue, the lookup stores), which is written again from what is served.
    /// </summary>
    public IndexFinding? IndexDamage => Damage.FirstOrDefault(f => !IsSavedBeside(f.File));

    /// <summary>True for the files saved beside the index for its commit, which a site writes again from what it serves.</summary>
    public static bool IsSavedBeside(string file) => file is ServedCatalog.FileName or CardStore.FileName or PageStore.FileName or RelatedLists.FileName;
}
