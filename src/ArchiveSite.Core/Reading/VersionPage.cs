using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Reading;

/// <summary>A versioned permalink: exactly one text of a document, for good.</summary>
/// <param name="Document">The document as it was.</param>
/// <param name="Version">This text's version and first sighting.</param>
/// <param name="CurrentVersion">The version served now; null when the document is no longer served.</param>
/// <param name="History">Every text the document has had, oldest first.</param>
/// <param name="BodyHtml">This text's body as HTML.</param>
/// <param name="Permalink">The document's (unversioned) permalink.</param>
public sealed record VersionPage(ArchiveDocument Document, VersionInfo Version, string? CurrentVersion, IReadOnlyList<VersionInfo> History, string BodyHtml, string Permalink)
{
    /// <summary>True when this text is the one served now.</summary>
    public bool IsCurrent => Version.Version == CurrentVersion;

    /// <summary>
    /// Text <paramref name="version"/> of document <paramref name="id"/>; why it cannot be shown when
    /// the store holds it only damaged; or not found. Never throws for a damaged store.
    /// </summary>
    public static async Task<VersionAnswer> ReadAsync(ArchiveSnapshot archive, string id, string version, SiteIdentity site)
    {
        if (!RecordVersion.IsWellFormed(version))
        {
            return VersionAnswer.NotFound;
        }

        var versions = await archive.VersionsReady;
        if (StoredTexts.Read(archive, versions, id, version) is not { } stored)
        {
            return StoredTexts.Unreadable(archive, versions, id, version) is { } unreadable ? new VersionAnswer(null, unreadable) : VersionAnswer.NotFound;
        }

        return new VersionAnswer(
            new VersionPage(stored.Document, stored.Info, archive.Entry(id)?.Version, versions.History(id), MarkdownRenderer.RenderBody(stored.Document), site.Permalink(id)),
            null);
    }
}
