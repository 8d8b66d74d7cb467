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

    /// <summary>
    /// The changes from text <paramref name="version"/> of document <paramref name="id"/> to its
    /// current one; why not when the store holds the earlier text only damaged; or not found (either
    /// text unknown, or the document not served). The current text is the served record itself.
    /// </summary>
    public static async Task<DiffAnswer> ReadAsync(ArchiveSnapshot archive, string id, string version)
    {
        if (!RecordVersion.IsWellFormed(version) || archive.Entry(id) is not { } entry)
        {
            return DiffAnswer.NotFound;
        }

        var versions = await archive.VersionsReady;
        if (StoredTexts.Read(archive, versions, id, entry.Version) is not { } newer)
        {
            return DiffAnswer.NotFound;
        }

        if (StoredTexts.Read(archive, versions, id, version) is not { } older)
        {
            return StoredTexts.Unreadable(archive, versions, id, version) is { } unreadable ? new DiffAnswer(null, unreadable) : DiffAnswer.NotFound;
        }

        var (a, b) = (older.Document, newer.Document);
        return new DiffAnswer(new DiffPage(older, newer,
        [
            ("Title", WordDiff.Compute(a.Title, b.Title)),
            ("Date", WordDiff.Compute(a.DateText, b.DateText)),
            ("Summary", WordDiff.Compute(a.Summary, b.Summary)),
            ("Citation", WordDiff.Compute(a.Citation.Text, b.Citation.Text)),
            ("Original language", WordDiff.Compute(a.OriginalLanguage, b.OriginalLanguage)),
            ("Text", WordDiff.Compute(a.Body, b.Body)),
        ]), null);
    }
}
