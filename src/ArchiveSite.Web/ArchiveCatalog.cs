using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Harvesting;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Versions;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web;

/// <summary>
/// Opens the archive once, at startup: the persisted index in the index folder (reused when no
/// record changed, updated in place when some did, built on a first start), the version store,
/// and what every page needs about every record. It logs what happened to every file: the count
/// served, each rejected file with its reason, and how the index was brought up to date.
/// </summary>
public sealed class ArchiveCatalog : IDisposable
{
    private readonly ArchiveIndex _index;
    private readonly Dictionary<string, CatalogEntry> _entries;

    /// <summary>
    /// Opens the archive; a missing documents folder (or, read-only, an unusable index artifact)
    /// stops startup with a message that names it.
    /// </summary>
    public ArchiveCatalog(IOptions<ArchiveOptions> options, ILogger<ArchiveCatalog> logger)
    {
        var settings = options.Value;
        var documentsPath = settings.ResolvedDocumentsPath;
        var indexPath = settings.ResolvedIndexPath;
        var names = string.IsNullOrWhiteSpace(settings.NamesPath)
            ? NameAuthority.Default
            : NameAuthority.LoadExtended(Path.GetFullPath(settings.NamesPath));
        if (names != NameAuthority.Default)
        {
            logger.LogInformation("Names authority extended from {NamesPath}: {PeopleCount} people ({ShippedCount} shipped)",
                Path.GetFullPath(settings.NamesPath!), names.People.Count, NameAuthority.Default.People.Count);
        }

        var now = DateTimeOffset.UtcNow;
        if (settings.ReadOnly)
        {
            _index = ArchiveIndex.OpenReadOnly(indexPath, names);
            Versions = VersionStore.OpenReadOnly(settings.ResolvedVersionsPath);
        }
        else
        {
            if (!Directory.Exists(documentsPath))
            {
                throw new DirectoryNotFoundException(
                    $"The documents folder '{documentsPath}' does not exist. Set Archive:DocumentsPath (--Archive:DocumentsPath=DIR or Archive__DocumentsPath) to a folder of record files.");
            }

            Versions = VersionStore.Open(settings.ResolvedVersionsPath);
            var recorded = new VersionStoreUpdate(0, 0, 0);
            _index = ArchiveIndex.Open(documentsPath, indexPath, names,
                indexed: documents => recorded = Versions.Record(documents, now),
                progress: new ProgressLog(logger));
            LogVersions(logger, settings.ResolvedVersionsPath, Versions, recorded);
        }

        foreach (var problem in Versions.Problems)
        {
            logger.LogWarning("Version store: {Problem}", problem);
        }

        Searcher = new ArchiveSearcher(_index);
        var update = _index.Update!;
        foreach (var rejection in update.Rejections)
        {
            logger.LogWarning("Rejected {File}{Where}: {Reason}", rejection.File, Where(rejection), rejection.Message);
        }

        foreach (var warning in update.Warnings)
        {
            logger.LogWarning("Served {File} with a warning{Where}: {Warning}", warning.File, Where(warning), warning.Message);
        }

        // A text the store lacks (a new store beside a kept index, or a stop between the two
        // writes) is read back from the index, which holds every served record whole.
        var missing = update.Served.Where(f => !Versions.History(f.Id!).Any(v => v.Version == f.Version)).ToArray();
        if (missing.Length > 0)
        {
            if (settings.ReadOnly)
            {
                throw new InvalidOperationException(
                    $"The version store in '{settings.ResolvedVersionsPath}' lacks {missing.Length} of the index's texts (first: {missing[0].Id}). Ship the versions folder built with the index.");
            }

            LogVersions(logger, settings.ResolvedVersionsPath, Versions, Versions.Record(missing.Select(f => Searcher.GetDocument(f.Id!)!), now));
        }

        Entries = update.Served
            .Select(f => new CatalogEntry(f.Id!, f.Version!, Versions.History(f.Id!).First(v => v.Version == f.Version).FirstSeen, f.Archives))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        _entries = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        Stamp = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(string.Join('\n', Entries.Select(e => $"{e.Id} {e.Version}")))))[..16];
        LastChanged = Entries.Count == 0 ? DateTimeOffset.UnixEpoch : Entries.Max(e => e.FirstSeen);
        Harvest = new OaiPmhProvider(
            Entries.Select(e => new OaiHeader(e.Id, e.FirstSeen, e.Archives.Select(SetSpec).ToArray())),
            HarvestSets(Entries),
            Searcher.GetDocument,
            Math.Max(1, settings.OaiPageSize));
        Rejections = update.Rejections;
        Warnings = update.Warnings;
        logger.LogInformation(
            "Archive ready: {DocumentCount} records served, {RejectedCount} files rejected, {WarningCount} served with warnings. Index {IndexPath} {IndexUpdate:l}{Reason:l}: {Indexed} records indexed, {Removed} removed, {Relinked} re-linked, {FilesRead} files read, in {IndexMilliseconds} ms{Source:l}",
            update.Served.Count, update.Rejections.Count, update.Warnings.Count, indexPath, update.Kind.ToString().ToLowerInvariant(),
            update.RebuildReason is null ? "" : $" ({update.RebuildReason})", update.Indexed, update.Removed, update.Relinked, update.FilesRead,
            (long)update.Elapsed.TotalMilliseconds, settings.ReadOnly ? " (read-only)" : $" from {documentsPath}");
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
    private static IReadOnlyList<OaiSet> HarvestSets(IEnumerable<CatalogEntry> entries) =>
        entries.SelectMany(e => e.Archives).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(a => new OaiSet(SetSpec(a), a)).DistinctBy(s => s.Spec).ToArray();

    private static void LogVersions(ILogger logger, string path, VersionStore store, VersionStoreUpdate update) =>
        logger.LogInformation(
            "Version store {VersionsPath}: {NewRecords} new records, {NewVersions} changed texts kept beside their earlier versions, {Unchanged} unchanged; {VersionCount} texts in all",
            path, update.NewRecords, update.NewVersions, update.Unchanged, store.VersionCount);

    /// <summary>Logs an index build's progress and rate, at most every five seconds: a first start on a large corpus takes a while.</summary>
    private sealed class ProgressLog(ILogger logger) : IProgress<IndexProgress>
    {
        private long _lastTicks = Environment.TickCount64;

        public void Report(IndexProgress value)
        {
            var now = Environment.TickCount64;
            var last = Interlocked.Read(ref _lastTicks);
            if (value.Done < value.Total && now - last < 5000 || Interlocked.CompareExchange(ref _lastTicks, now, last) != last)
            {
                return;
            }

            logger.LogInformation("Indexing: {Done} of {Total} records, {Rate:F0} records/s", value.Done, value.Total, value.RecordsPerSecond);
        }
    }

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
