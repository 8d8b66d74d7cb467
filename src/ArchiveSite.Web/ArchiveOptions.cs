using ArchiveSite.Core.Archive;

namespace ArchiveSite.Web;

/// <summary>The <c>Archive</c> configuration section.</summary>
public sealed class ArchiveOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "Archive";

    /// <summary>
    /// The folder of record files. Default: the repository's <c>seeds/</c> when the site runs from
    /// its build output in a checkout (<c>dotnet run</c>), else the seeds shipped beside the site's
    /// binaries (<see cref="DefaultDocumentsPath"/>). A relative path is taken from the current
    /// directory, as a command-line argument would be.
    /// </summary>
    public string? DocumentsPath { get; set; }

    /// <summary>
    /// Where the site writes its index. Default: a folder under the system's temporary directory,
    /// keyed by the documents folder, so a read-only documents folder is never written to.
    /// </summary>
    public string? IndexPath { get; set; }

    /// <summary>
    /// An archivist's names authority file, in the format of the shipped <c>Names/people.json</c>,
    /// that extends the shipped list: new people are added, known ids get more variants. Optional.
    /// </summary>
    public string? NamesPath { get; set; }

    /// <summary>
    /// The volumes' "List of Names" files (JSON Lines: volume, id, name, description), several
    /// separated by ';': their people are gathered across volumes, tagged in their volumes'
    /// records and given pages. Optional; for FRUS, <c>frus-persons.jsonl</c>.
    /// </summary>
    public string? PersonLists { get; set; }

    /// <summary>The volumes' "Abbreviations and Terms" files (JSON Lines: volume, id, term, description), separated by ';'. Optional.</summary>
    public string? TermLists { get; set; }

    /// <summary>A ';'-separated list of paths, each made absolute.</summary>
    internal static string[] Paths(string? list) =>
        (list ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Path.GetFullPath).ToArray();

    /// <summary>
    /// Where every text each record has had is kept (an append-only file), so versioned permalinks
    /// resolve for good. Default: a <c>versions</c> folder beside the index folder. It must survive
    /// restarts and deployments: put it on lasting storage in production.
    /// </summary>
    public string? VersionsPath { get; set; }

    /// <summary>
    /// Serve an index built elsewhere (<c>build-index</c>) as it is: no documents folder is read and
    /// nothing is written, so many replicas can share one index artifact and its version store.
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>
    /// A first build (or rebuild) of more files than this runs in the background: the site answers
    /// at once, every page with a 503 "being indexed" notice and its progress, until the index is
    /// ready. Smaller corpora are indexed before the site starts listening (a second or two).
    /// </summary>
    public int BackgroundIndexThreshold { get; set; } = 5_000;

    /// <summary>
    /// Watch the documents folder while the site runs: a record file added, changed or removed is
    /// indexed in the background and served once its index commit is in, without a restart.
    /// </summary>
    public bool WatchDocuments { get; set; } = true;

    /// <summary>
    /// How often the documents folder is compared with the index even when no change was noticed, in
    /// seconds: the safety net for changes a file watcher misses (network mounts, an overflowing
    /// watcher queue, a folder replaced whole). 0 turns it off. Comparing an unchanged folder of
    /// 100,000 files lists it and reads nothing: about a second.
    /// </summary>
    public int RescanSeconds { get; set; } = 300;

    /// <summary>
    /// How long the folder must be quiet after a noticed change before it is indexed, in
    /// milliseconds: a copy of many files, or an editor's save in several writes, becomes one reload.
    /// </summary>
    public int ReloadDelayMilliseconds { get; set; } = 1000;

    /// <summary>The repository's name for harvesters (OAI-PMH Identify) and in citations.</summary>
    public string SiteName { get; set; } = "ArchiveSite";

    /// <summary>Records (or identifiers) per OAI-PMH list answer; a resumption token leads to the next.</summary>
    public int OaiPageSize { get; set; } = 100;

    /// <summary>URLs per sitemap file; past this many records <c>/sitemap.xml</c> becomes an index of numbered files.</summary>
    public int SitemapSize { get; set; } = MaxSitemapSize;

    /// <summary>The sitemaps protocol's limit of URLs per file.</summary>
    public const int MaxSitemapSize = 50_000;

    /// <summary>The sitemap size in effect: between 1 and the protocol's limit.</summary>
    public int EffectiveSitemapSize => Math.Clamp(SitemapSize, 1, MaxSitemapSize);

    /// <summary>Whom harvesters write to about the repository (OAI-PMH Identify's adminEmail).</summary>
    public string AdminEmail { get; set; } = "archivist@archive.example.org";

    /// <summary>The public address permalinks are shown with (e.g. https://archive.example.org); default: the request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The documents folder in effect.</summary>
    public string ResolvedDocumentsPath => Path.GetFullPath(string.IsNullOrWhiteSpace(DocumentsPath)
        ? DefaultDocumentsPath(AppContext.BaseDirectory)
        : DocumentsPath);

    /// <summary>
    /// The documents folder when none is configured, for binaries in <paramref name="baseDirectory"/>.
    /// Run from a checkout (<c>src/ArchiveSite.Web/bin/{configuration}/{framework}/</c>) it is the
    /// repository's <c>seeds/</c>: the site watches the folder it reads, so a newcomer who edits a
    /// seed sees the page change (live reload), which the copy the build puts under <c>bin/</c> would
    /// hide. Anywhere else, as a published site is, it is the copy beside the binaries.
    /// </summary>
    public static string DefaultDocumentsPath(string baseDirectory)
    {
        var project = Path.GetFullPath(Path.Combine(baseDirectory, "..", "..", ".."));
        var repositorySeeds = Path.GetFullPath(Path.Combine(project, "..", "..", "seeds"));
        return File.Exists(Path.Combine(project, "ArchiveSite.Web.csproj")) && Directory.Exists(repositorySeeds)
            ? repositorySeeds
            : Path.Combine(baseDirectory, "seeds");
    }

    /// <summary>The version store folder in effect.</summary>
    public string ResolvedVersionsPath => Path.GetFullPath(string.IsNullOrWhiteSpace(VersionsPath)
        ? Path.Combine(Path.GetDirectoryName(ResolvedIndexPath.TrimEnd(Path.DirectorySeparatorChar))!, "versions")
        : VersionsPath);

    /// <summary>The index folder in effect.</summary>
    public string ResolvedIndexPath
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(IndexPath))
            {
                return Path.GetFullPath(IndexPath);
            }

            var key = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ResolvedDocumentsPath)))[..16];
            return Path.Combine(Path.GetTempPath(), "archivesite", key, "index");
        }
    }

    /// <summary>What the archive in Core needs of these options, resolved.</summary>
    public ArchiveSettings ToSettings() => new(
        ResolvedDocumentsPath,
        ResolvedIndexPath,
        ResolvedVersionsPath,
        string.IsNullOrWhiteSpace(NamesPath) ? null : Path.GetFullPath(NamesPath),
        ReadOnly,
        BackgroundIndexThreshold,
        OaiPageSize)
    {
        PersonListPaths = Paths(PersonLists),
        TermListPaths = Paths(TermLists),
    };
}
