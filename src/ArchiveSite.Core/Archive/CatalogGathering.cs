using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Versions;
using Microsoft.Extensions.Logging;

namespace ArchiveSite.Core.Archive;

/// <summary>
/// The catalogue of what an index serves, gathered from what opening it found (its update) and the
/// version store, and saved beside the index so the next start can read it instead.
/// </summary>
internal static class CatalogGathering
{
    public static ServedCatalog Gather(ArchiveIndex index, IndexUpdate update, VersionStore versions, ArchiveSettings settings, ILogger logger)
    {
        // A text the store lacks (a new store beside a kept index, or a stop between the two
        // writes) is read back from the index, which holds every served record whole.
        var missing = update.Served.Where(f => versions.FirstSeen(f.Id!, f.Version!) is null).ToArray();
        if (missing.Length > 0)
        {
            if (settings.ReadOnly)
            {
                throw new InvalidOperationException(
                    $"The version store in '{settings.VersionsPath}' lacks {missing.Length} of the index's texts (first: {missing[0].Id}). Ship the versions folder built with the index.");
            }

            var view = index.Searchers.Acquire();
            try
            {
                var searcher = new ArchiveSearcher(index, view);
                ArchiveLog.Versions(logger, settings.VersionsPath, versions, versions.Record(missing.Select(f => searcher.GetDocument(f.Id!)!), DateTimeOffset.UtcNow));
            }
            finally
            {
                index.Searchers.Release(view);
            }
        }

        // A text the store could not take (a full disk) is served from now; it is written, with this
        // first sighting, once the store takes writes again (VersionUpkeep.Repair).
        var now = DateTimeOffset.UtcNow;
        var entries = update.Served
            .Select(f => new CatalogEntry(f.Id!, f.Version!, versions.FirstSeen(f.Id!, f.Version!) ?? now, f.Archives))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        var catalog = new ServedCatalog(index.Commit ?? "", entries, update.Rejections, update.Warnings);
        if (!settings.ReadOnly && index.Commit is not null)
        {
            try
            {
                catalog.Write(settings.IndexPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Only the next start's speed depends on it: it gathers the catalogue again.
                logger.LogWarning("The served catalogue could not be saved in {IndexPath} ({Reason}); the next start gathers it again", settings.IndexPath, ex.Message);
            }
        }

        return catalog;
    }
}
