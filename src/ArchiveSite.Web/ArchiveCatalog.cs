using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web;

/// <summary>
/// Loads the documents folder and builds the index, once, at startup, and logs what happened to
/// every file: the count served, each rejected file with its reason, and the time to index.
/// </summary>
public sealed class ArchiveCatalog : IDisposable
{
    private readonly ArchiveIndex _index;

    /// <summary>Loads and indexes; a missing documents folder stops startup with a message that names it.</summary>
    public ArchiveCatalog(IOptions<ArchiveOptions> options, ILogger<ArchiveCatalog> logger)
    {
        var documentsPath = options.Value.ResolvedDocumentsPath;
        var indexPath = options.Value.ResolvedIndexPath;
        if (!Directory.Exists(documentsPath))
        {
            throw new DirectoryNotFoundException(
                $"The documents folder '{documentsPath}' does not exist. Set Archive:DocumentsPath (--Archive:DocumentsPath=DIR or Archive__DocumentsPath) to a folder of record files.");
        }

        var load = DocumentLoader.Load(documentsPath);
        foreach (var rejection in load.Rejections)
        {
            logger.LogWarning("Rejected {File}{Where}: {Reason}", rejection.File, Where(rejection), rejection.Message);
        }

        foreach (var warning in load.Warnings)
        {
            logger.LogWarning("Served {File} with a warning{Where}: {Warning}", warning.File, Where(warning), warning.Message);
        }

        var names = string.IsNullOrWhiteSpace(options.Value.NamesPath)
            ? NameAuthority.Default
            : NameAuthority.LoadExtended(Path.GetFullPath(options.Value.NamesPath));
        if (names != NameAuthority.Default)
        {
            logger.LogInformation("Names authority extended from {NamesPath}: {PeopleCount} people ({ShippedCount} shipped)",
                Path.GetFullPath(options.Value.NamesPath!), names.People.Count, NameAuthority.Default.People.Count);
        }

        _index = ArchiveIndex.Build(load.Documents, indexPath, names);
        Searcher = new ArchiveSearcher(_index);
        // Keep the notices, not the documents: the index holds those, and a large corpus in
        // memory twice would double the site's footprint.
        Rejections = load.Rejections;
        Warnings = load.Warnings;
        logger.LogInformation(
            "Archive ready: {DocumentCount} records loaded from {DocumentsPath}, {RejectedCount} files rejected, {WarningCount} served with warnings; indexed in {IndexMilliseconds} ms into {IndexPath}",
            load.Documents.Count, documentsPath, load.Rejections.Count, load.Warnings.Count, (long)_index.BuildTime.TotalMilliseconds, indexPath);
    }

    /// <summary>The one searcher every request uses.</summary>
    public ArchiveSearcher Searcher { get; }

    /// <summary>The files that are not served, with their reasons.</summary>
    public IReadOnlyList<RecordNotice> Rejections { get; }

    /// <summary>The records served with a warning.</summary>
    public IReadOnlyList<RecordNotice> Warnings { get; }

    private static string Where(RecordNotice notice) => notice.Line is { } line ? $", line {line}" : "";

    /// <inheritdoc />
    public void Dispose() => _index.Dispose();
}
