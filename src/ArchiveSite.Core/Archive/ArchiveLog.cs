using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Versions;
using Microsoft.Extensions.Logging;

namespace ArchiveSite.Core.Archive;

/// <summary>What a start or a reload tells the operator: every file served or rejected with its reason, and how the index and the store were brought up to date.</summary>
internal static class ArchiveLog
{
    public static void Versions(ILogger logger, string path, VersionStore store, VersionStoreUpdate update)
    {
        logger.LogInformation(
            "Version store {VersionsPath}: {NewRecords} new records, {NewVersions} changed texts kept beside their earlier versions, {Unchanged} unchanged, {Repaired} held only damaged written again; {VersionCount} texts in all",
            path, update.NewRecords, update.NewVersions, update.Unchanged, update.Repaired, store.VersionCount);
        if (update.Problem is not null)
        {
            logger.LogError("Version store: {Problem:l}", update.Problem);
        }
    }

    /// <summary>The notices not reported before: a reload reports what is new, the rest was reported when it first appeared.</summary>
    public static void Notices(ILogger logger, ServedCatalog catalog, ArchiveSnapshot? previous)
    {
        var reported = previous is null ? [] : previous.Rejections.Concat(previous.Warnings).ToHashSet();
        foreach (var rejection in catalog.Rejections.Where(r => !reported.Contains(r)))
        {
            logger.LogWarning("Rejected {File}{Where}: {Reason}", rejection.File, Where(rejection), rejection.Message);
        }

        foreach (var warning in catalog.Warnings.Where(w => !reported.Contains(w)))
        {
            logger.LogWarning("Served {File} with a warning{Where}: {Warning}", warning.File, Where(warning), warning.Message);
        }
    }

    /// <summary>The start's outcome: what is served, and how the index was opened.</summary>
    public static void Ready(ILogger logger, ArchiveSettings settings, ServedCatalog catalog, IndexUpdate? update, TimeSpan opened)
    {
        var source = settings.ReadOnly ? " (read-only)" : $" from {settings.DocumentsPath}";
        if (update is not null)
        {
            logger.LogInformation(
                "Archive ready: {DocumentCount} records served, {RejectedCount} files rejected, {WarningCount} served with warnings. Index {IndexPath} {IndexUpdate:l}{Reason:l}: {Indexed} records indexed, {Removed} removed, {Relinked} re-linked, {FilesRead} files read, in {IndexMilliseconds} ms{Source:l}",
                catalog.Entries.Count, catalog.Rejections.Count, catalog.Warnings.Count, settings.IndexPath, update.Kind.ToString().ToLowerInvariant(),
                update.RebuildReason is null ? "" : $" ({update.RebuildReason})", update.Indexed, update.Removed, update.Relinked, update.FilesRead,
                (long)update.Elapsed.TotalMilliseconds, source);
        }
        else
        {
            logger.LogInformation(
                "Archive ready: {DocumentCount} records served, {RejectedCount} files rejected, {WarningCount} served with warnings. Index {IndexPath} reused as last committed, with the catalogue saved beside it, opened in {IndexMilliseconds} ms{Source:l}; the folder is checked once the site serves",
                catalog.Entries.Count, catalog.Rejections.Count, catalog.Warnings.Count, settings.IndexPath, (long)opened.TotalMilliseconds, source);
        }
    }

    /// <summary>A reload's outcome.</summary>
    public static void Checked(ILogger logger, IndexUpdate update) =>
        logger.LogInformation(
            "Documents folder checked: index {IndexUpdate:l}, {Indexed} records indexed, {Removed} removed, {Relinked} re-linked, {FilesRead} files read, in {Milliseconds} ms",
            update.Kind.ToString().ToLowerInvariant(), update.Indexed, update.Removed, update.Relinked, update.FilesRead, (long)update.Elapsed.TotalMilliseconds);

    /// <summary>A read-only replica met damage it cannot repair: what it does, and what the operator does.</summary>
    public static void Unrepairable(ILogger logger, string indexPath, IndexFault fault) =>
        logger.LogCritical(
            "The index artifact in {IndexPath} is damaged: {Fault}. A read-only replica cannot rebuild it: /readyz and every page answer 503 until a good artifact is shipped (check it with the verify command) and the replica restarted",
            indexPath, fault);

    private static string Where(RecordNotice notice) => notice.Line is { } line ? $", line {line}" : "";
}
