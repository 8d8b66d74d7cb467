using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Archive;

/// <summary>Where the archive lives and how it may be opened: the host's configuration, resolved to absolute paths.</summary>
/// <param name="DocumentsPath">The folder of record files.</param>
/// <param name="IndexPath">The folder the persisted index is kept in.</param>
/// <param name="VersionsPath">The folder of the version store.</param>
/// <param name="NamesPath">An archivist's names authority file extending the shipped one; null for the shipped one alone.</param>
/// <param name="ReadOnly">Serve an index and version store built elsewhere (a replica), reading no documents folder and writing nothing.</param>
/// <param name="BackgroundIndexThreshold">Above this many files a first build runs in the background, the site answering a notice meanwhile.</param>
/// <param name="OaiPageSize">Records per OAI-PMH list page.</param>
public sealed record ArchiveSettings(
    string DocumentsPath,
    string IndexPath,
    string VersionsPath,
    string? NamesPath,
    bool ReadOnly,
    int BackgroundIndexThreshold,
    int OaiPageSize)
{
    /// <summary>
    /// Wraps the directory every index write goes through: the seam tests inject a full disk or a
    /// held write through. Null (as a site runs) writes to the folder as it is.
    /// </summary>
    internal Func<LuceneDirectory, LuceneDirectory>? Writes { get; init; }

    /// <summary>The volumes' "List of Names" files (JSON Lines, as <c>frus-persons.jsonl</c>); none by default.</summary>
    public IReadOnlyList<string> PersonListPaths { get; init; } = [];

    /// <summary>The volumes' "Abbreviations and Terms" files (JSON Lines, as <c>frus-terms.jsonl</c>); none by default.</summary>
    public IReadOnlyList<string> TermListPaths { get; init; } = [];
}
