using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Reading;

/// <summary>One entry of an Atom feed: a served record and the catalogue's word on its text (version, when first served).</summary>
/// <param name="Entry">The record's catalogue entry.</param>
/// <param name="Document">The record.</param>
public sealed record FeedItem(CatalogEntry Entry, ArchiveDocument Document);

/// <summary>
/// What the Atom feeds list: the newest texts first, a text being new when the archive first served
/// it (a record added, or its text corrected: the version store's first-seen time of the current
/// version), ties by id.
/// </summary>
public static class FeedItems
{
    /// <summary>Entries in a feed.</summary>
    public const int FeedSize = 50;

    /// <summary>The newest texts of the whole archive.</summary>
    public static IReadOnlyList<FeedItem> Newest(ArchiveSnapshot archive) =>
        Read(archive, archive.Entries.OrderByDescending(e => e.FirstSeen).ThenBy(e => e.Id, StringComparer.Ordinal).Take(FeedSize).Select(e => e.Id));

    /// <summary>
    /// The newest texts among the records <paramref name="request"/> finds (its order and page
    /// ignored), with how many it finds; or why it could not run.
    /// </summary>
    public static (IReadOnlyList<FeedItem> Items, int TotalHits, string? Error) Newest(ArchiveSnapshot archive, SearchRequest request)
    {
        var (ids, total, error) = archive.Searcher.TopBy(request, id => archive.Entry(id)?.FirstSeen.UtcTicks ?? long.MinValue, FeedSize);
        return (Read(archive, ids), total, error);
    }

    private static IReadOnlyList<FeedItem> Read(ArchiveSnapshot archive, IEnumerable<string> ids) =>
        ids.Select(id => archive.Entry(id) is { } entry && archive.Searcher.GetDocument(id) is { } document ? new FeedItem(entry, document) : null)
            .OfType<FeedItem>()
            .ToArray();
}
