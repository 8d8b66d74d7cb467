using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Reading;

/// <summary>What changed in a document since one of its texts, word by word, part by part.</summary>
/// <param name="Older">The earlier text.</param>
/// <param name="Newer">The text served now.</param>
/// <param name="Parts">Each part (title, date, summary, citation, language, text) with its changes.</param>
public sealed record DiffPage(StoredVersion Older, StoredVersion Newer, IReadOnlyList<(string Part, IReadOnlyList<DiffSegment> Changes)> Parts)
{
    /// <summary>True when a part did not change.</summary>
    public static bool Unchanged(IReadOnlyList<DiffSegment> changes) => changes.All(c => c.Kind == DiffKind.Same);

    /// <summary>The changes from text <paramref name="version"/> of document <paramref name="id"/> to its current one, or null when either is not known.</summary>
    public static async Task<DiffPage?> ReadAsync(ArchiveSnapshot archive, string id, string version)
    {
        if (!RecordVersion.IsWellFormed(version) || (await archive.VersionsReady) is not { } versions || versions.Find(id, version) is not { } older
            || archive.Entry(id) is not { } entry || versions.Find(id, entry.Version) is not { } newer)
        {
            return null;
        }

        var (a, b) = (older.Document, newer.Document);
        return new DiffPage(older, newer,
        [
            ("Title", WordDiff.Compute(a.Title, b.Title)),
            ("Date", WordDiff.Compute(a.DateText, b.DateText)),
            ("Summary", WordDiff.Compute(a.Summary, b.Summary)),
            ("Citation", WordDiff.Compute(a.Citation.Text, b.Citation.Text)),
            ("Original language", WordDiff.Compute(a.OriginalLanguage, b.OriginalLanguage)),
            ("Text", WordDiff.Compute(a.Body, b.Body)),
        ]);
    }
}
