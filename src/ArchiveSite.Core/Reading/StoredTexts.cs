using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Reading;

/// <summary>
/// The texts of a document as the reading pages get them: from the version store, except that the
/// text served now also comes from the index (which holds every served record whole), so a page of
/// the current text never depends on the store's copy of it.
/// </summary>
internal static class StoredTexts
{
    /// <summary>Text <paramref name="version"/> of the document: the store's copy, or the served record when that is the version asked for; null when neither is readable.</summary>
    public static StoredVersion? Read(ArchiveSnapshot archive, VersionStore versions, string id, string version) =>
        versions.Find(id, version) ?? Current(archive, id, version);

    /// <summary>The record served now, when its version is <paramref name="version"/> (checked against its text), with the first sighting the catalogue serves.</summary>
    public static StoredVersion? Current(ArchiveSnapshot archive, string id, string version) =>
        archive.Entry(id) is { } entry && entry.Version == version && archive.Searcher.GetDocument(id) is { } document && RecordVersion.Of(document) == version
            ? new StoredVersion(new VersionInfo(version, entry.FirstSeen), document)
            : null;

    /// <summary>The answer for a text the store holds only damaged; null when it does not (unknown, or readable after all).</summary>
    public static UnreadableVersion? Unreadable(ArchiveSnapshot archive, VersionStore versions, string id, string version)
    {
        if (versions.Damage(id, version) is not { } damage)
        {
            return null;
        }

        var history = versions.History(id);
        return new UnreadableVersion(id, Title(archive, versions, id), history.First(v => v.Version == version), damage.Line, archive.Entry(id)?.Version, history);
    }

    /// <summary>The title a document is known by: as served now, or as its last readable text has it; its id when no text can be read.</summary>
    public static string Title(ArchiveSnapshot archive, VersionStore versions, string id) =>
        archive.Searcher.GetDocument(id)?.Title
        ?? versions.History(id).Reverse().Select(v => versions.Find(id, v.Version)?.Document.Title).FirstOrDefault(t => t is not null)
        ?? id;
}
