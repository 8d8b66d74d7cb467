using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Citations;

/// <summary>What a formatted citation names besides the record: who wrote it to whom, where the researcher read it, and when.</summary>
/// <param name="Document">The record cited.</param>
/// <param name="Correspondence">Its author, recipient and intermediaries, read from its title once, for every format.</param>
/// <param name="Permalink">The permalink of the text cited (the versioned one when a version is cited).</param>
/// <param name="Accessed">The day the researcher consulted it.</param>
/// <param name="SiteName">The name of this site, the digital copy's second container.</param>
public sealed record CitationContext(ArchiveDocument Document, Correspondence Correspondence, string Permalink, DateOnly Accessed, string SiteName = "ArchiveSite")
{
    /// <summary>The context of a record, its correspondents named as <paramref name="names"/> gives them.</summary>
    public static CitationContext Of(ArchiveDocument document, NameAuthority names, string permalink, DateOnly accessed, string siteName = "ArchiveSite") =>
        new(document, Correspondence.Of(document, names), permalink, accessed, siteName);
}
