using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Reading;

/// <summary>The site's public address and name, as the host knows them: what permalinks and citations are made of.</summary>
/// <param name="BaseUrl">The base URL without a trailing slash, e.g. <c>https://archive.example.org</c>.</param>
/// <param name="SiteName">The site's name, the digital copy's second container in a citation.</param>
public sealed record SiteIdentity(string BaseUrl, string SiteName)
{
    /// <summary>A document's permalink.</summary>
    public string Permalink(string id) => Permalink(BaseUrl, id);

    /// <summary>A document's permalink on the site at <paramref name="baseUrl"/>.</summary>
    public static string Permalink(string baseUrl, string id) => $"{baseUrl}/documents/{Uri.EscapeDataString(id)}";

    /// <summary>The permalink of one text of a document, for good.</summary>
    public string VersionedPermalink(string id, string version) => $"{Permalink(id)}/v/{version}";

    /// <summary>The citation context of a served record: its correspondents as <paramref name="names"/> gives them, its versioned permalink, accessed <paramref name="accessed"/>.</summary>
    public CitationContext Citation(ArchiveDocument document, string version, NameAuthority names, DateOnly accessed) =>
        CitationContext.Of(document, names, VersionedPermalink(document.Id, version), accessed, SiteName);
}
