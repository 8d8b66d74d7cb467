using System.Globalization;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Web.Hosting;

/// <summary>
/// <c>dotnet ArchiveSite.Web.dll verify [--Archive:IndexPath=DIR] [--Archive:VersionsPath=DIR]</c>:
/// checks an index folder and its version store offline, with the site's own configuration (appsettings.json, environment,
/// command line), for an operator's cron job or before a backup or a shipment of the artifact.
/// Every Lucene file of the last commit is read whole against its checksum and every segment opened
/// and checked by Lucene, the manifest and the saved catalogue against theirs, and each lookup store
/// record by record, and every line of the version store against its checksum. It prints a line a file and exits with <see cref="ExitCode"/>. It only reads:
/// it can run beside a site serving the same folder.
/// </summary>
public static class VerifyCommand
{
    /// <summary>The exit codes, for scripts (docs/operations.md lists them too).</summary>
    public enum ExitCode
    {
        /// <summary>Every file checked is whole.</summary>
        Whole = 0,

        /// <summary>A file is damaged, cut short, missing or unreadable: rebuild (a writable site does so itself) or ship another artifact.</summary>
        Damaged = 1,

        /// <summary>Nothing to verify: the folder does not exist or holds no index (or the command line is wrong).</summary>
        NoIndex = 2,

        /// <summary>Whole, but written by another version of the site or with another names authority: this version rebuilds it, or will not serve it read-only.</summary>
        OtherVersion = 3,
    }

    /// <summary>Runs the command with <paramref name="args"/> (what follows <c>verify</c>), writing the report to <paramref name="output"/>.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArchiveOptions options;
        NameAuthority names;
        try
        {
            var configuration = WebApplication.CreateBuilder(args).Configuration;
            options = configuration.GetSection(ArchiveOptions.Section).Get<ArchiveOptions>() ?? new ArchiveOptions();
            names = NameAuthority.Configured(string.IsNullOrWhiteSpace(options.NamesPath) ? null : Path.GetFullPath(options.NamesPath),
                ArchiveOptions.Paths(options.PersonLists), ArchiveOptions.Paths(options.TermLists));
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"verify: {ex.Message}");
            return (int)ExitCode.NoIndex;
        }

        var indexPath = options.ResolvedIndexPath;
        output.WriteLine($"Verifying the index in {indexPath}");
        if (!Directory.Exists(indexPath) || !Directory.EnumerateFiles(indexPath).Any(f => Path.GetFileName(f) is var name && (name.StartsWith("segments", StringComparison.Ordinal) || name == IndexManifest.FileName)))
        {
            output.WriteLine($"No index in {indexPath}: build one first (build-index), or name the folder with --Archive:IndexPath=DIR.");
            return (int)ExitCode.NoIndex;
        }

        var findings = new List<IndexFinding>(IndexVerification.Verify(indexPath, names, openSegments: true, CancellationToken.None).Findings);

        findings.Add(VersionStoreFinding(options.ResolvedVersionsPath, output));

        foreach (var finding in findings)
        {
            var file = finding.Segment is null ? finding.File : $"{finding.File} (segment {finding.Segment})";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Label(finding.Kind),-8} {file,-40} {finding.Detail}"));
        }

        var damaged = findings.Where(f => f.Kind == FindingKind.Damaged).ToArray();
        if (damaged.Length > 0)
        {
            output.WriteLine($"DAMAGED: {string.Join("; ", damaged.Select(d => d.Fault))}. A writable site rebuilds its index when it meets this; for an artifact, build it again (build-index) and ship it.");
            return (int)ExitCode.Damaged;
        }

        if (findings.Any(f => f.Kind == FindingKind.OtherVersion))
        {
            output.WriteLine("WHOLE, but written by another version of the site or names authority: this version rebuilds it (or, read-only, will not serve it).");
            return (int)ExitCode.OtherVersion;
        }

        output.WriteLine($"WHOLE: {findings.Count(f => f.Kind == FindingKind.Whole)} files match their checksums.");
        return (int)ExitCode.Whole;
    }

    /// <summary>
    /// The version store's own check (<see cref="VersionStore.Verify"/>), as one finding for its log:
    /// damaged only when a text has no good copy left (a damaged line whose text was written again
    /// is repaired, and said so); absent when the folder holds no store.
    /// </summary>
    private static IndexFinding VersionStoreFinding(string folder, TextWriter output)
    {
        output.WriteLine($"Verifying the version store in {folder}");
        VersionStoreReport report;
        try
        {
            report = VersionStore.Verify(folder);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return new IndexFinding(VersionStore.FileName, null, FindingKind.Absent, $"no version store in {folder} (a site writes one at its first start)");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new IndexFinding(VersionStore.FileName, null, FindingKind.Damaged, $"the version store cannot be read: {ex.Message}");
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{report.Lines:N0} lines, {report.Texts:N0} texts of {report.Records:N0} records, {report.Withdrawn:N0} withdrawn; saved offsets: {report.Index}");
        if (report.Unrepaired.Count > 0)
        {
            return new IndexFinding(VersionStore.FileName, null, FindingKind.Damaged,
                $"{summary}; {string.Join("; ", report.Unrepaired.Select(d => d.Describe(report.LogPath)))}. Restore these texts from a backup of the store (docs/operations.md)");
        }

        var repaired = report.Damaged.Count(d => d.RepairedAt is not null);
        var unfinished = report.IncompleteLastLine ? "; the last line is incomplete (a stop while writing it), stepped over and closed by the next start" : "";
        return new IndexFinding(VersionStore.FileName, null, FindingKind.Whole,
            repaired > 0 ? string.Create(CultureInfo.InvariantCulture, $"{summary}; {repaired} damaged lines, each text written again after it{unfinished}") : summary + unfinished);
    }

    private static string Label(FindingKind kind) => kind switch
    {
        FindingKind.Whole => "ok",
        FindingKind.Damaged => "DAMAGED",
        FindingKind.Replaced => "stale",
        FindingKind.Absent => "absent",
        _ => "other",
    };
}
