using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Harvesting;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Versions;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web;

/// <summary>
/// Loads the documents folder and builds the index, once, at startup, and logs what happened to
/// every file: the count served, each rejected file with its reason, and the time to index.
/// </summary>
public sealed class ArchiveCatalog : IDisposable
{
    private readonly ArchiveIndex _index;
    private readonly Dictionary<string, CatalogEntry> _entries;

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

        Versions = VersionStore.Open(options.Value.ResolvedVersionsPath);
        foreach (var problem in Versions.Problems)
        {
            logger.LogWarning("Version store: {Problem}", problem);
        }

        var update = Versions.Record(load.Documents, DateTimeOffset.UtcNow);
        logger.LogInformation(
            "Version store {VersionsPath}: {NewRecords} new records, {NewVersions} changed texts kept beside their earlier versions, {Unchanged} unchanged; {VersionCount} texts in all",
            options.Value.ResolvedVersionsPath, update.NewRecords, update.NewVersions, update.Unchanged, Versions.VersionCount);
        Entries = load.Documents
            .Select(d =>
            {
                var version = RecordVersion.Of(d);
                return new CatalogEntry(d.Id, version, Versions.History(d.Id).First(v => v.Version == version).FirstSeen, HarvestArchives(d).ToArray());
            })
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        _entries = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Stamp = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Entries.Select(e => $"{e.Id} {e.Version}")))))[..16];
        LastChanged = Entries.Count == 0 ? DateTimeOffset.UnixEpoch : Entries.Max(e => e.FirstSeen);
        Harvest = new OaiPmhProvider(
            Entries.Select(e => new OaiHeader(e.Id, e.FirstSeen, e.Archives.Select(SetSpec).ToArray())),
            HarvestSets(load.Documents),
            Searcher.GetDocument,
            Math.Max(1, options.Value.OaiPageSize));
        // Keep the notices, not the documents: the index holds those, and a large corpus in
        // memory twice would double the site's footprint.
        Rejections = load.Rejections;
        Warnings = load.Warnings;
        logger.LogInformation(
            "Archive ready: {DocumentCount} records loaded from {DocumentsPath}, {RejectedCount} files rejected, {WarningCount} served with warnings; indexed in {IndexMilliseconds} ms into {IndexPath}",
            load.Documents.Count, documentsPath, load.Rejections.Count, load.Warnings.Count, (long)_index.BuildTime.TotalMilliseconds, indexPath);
    }

    /// <summary>Every served record's id, current version and when that text first appeared, by id.</summary>
    public IReadOnlyList<CatalogEntry> Entries { get; }

    /// <summary>A fingerprint of every served record's id and version: what every page depends on, for HTTP validators.</summary>
    public string Stamp { get; }

    /// <summary>When the newest served text first appeared: the Last-Modified of lists and pages.</summary>
    public DateTimeOffset LastChanged { get; }

    /// <summary>The entry of a served record, or null.</summary>
    public CatalogEntry? Entry(string id) => _entries.GetValueOrDefault(id);

    /// <summary>Every text each record has had, for versioned permalinks.</summary>
    public VersionStore Versions { get; }

    /// <summary>The OAI-PMH data provider over the served records.</summary>
    public OaiPmhProvider Harvest { get; }

    /// <summary>The one searcher every request uses.</summary>
    public ArchiveSearcher Searcher { get; }

    /// <summary>The files that are not served, with their reasons.</summary>
    public IReadOnlyList<RecordNotice> Rejections { get; }

    /// <summary>The records served with a warning.</summary>
    public IReadOnlyList<RecordNotice> Warnings { get; }

    /// <summary>One set per archive the records name (APRF, AVPRF…), as the archive facet groups them.</summary>
    private static IReadOnlyList<OaiSet> HarvestSets(IEnumerable<ArchiveDocument> documents) =>
        documents.SelectMany(HarvestArchives).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(a => new OaiSet(SetSpec(a), a)).DistinctBy(s => s.Spec).ToArray();

    private static IEnumerable<string> HarvestArchives(ArchiveDocument document) =>
        Facets.Find("archive")!.Values(document, NameAuthority.Default).Distinct(StringComparer.Ordinal);

    /// <summary>"archive:aprf": set specs allow only letters, digits and a few marks.</summary>
    private static string SetSpec(string archive) =>
        "archive:" + new string(archive.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    private static string Where(RecordNotice notice) => notice.Line is { } line ? $", line {line}" : "";

    /// <inheritdoc />
    public void Dispose() => _index.Dispose();
}

/// <summary>What the site keeps in memory about each served record: enough for feeds, sitemaps and harvesting.</summary>
/// <param name="Id">The permalink id.</param>
/// <param name="Version">The current text's version.</param>
/// <param name="FirstSeen">When the site first served the current text (its OAI datestamp, its sitemap lastmod).</param>
/// <param name="Archives">The archives its references name.</param>
public sealed record CatalogEntry(string Id, string Version, DateTimeOffset FirstSeen, IReadOnlyList<string> Archives);
