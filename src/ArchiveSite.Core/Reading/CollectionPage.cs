using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Collections;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>One page of a collection's records, in the collection's own order.</summary>
/// <param name="Collection">The collection.</param>
/// <param name="Page">The 1-based page shown.</param>
/// <param name="PageCount">How many pages the collection fills.</param>
/// <param name="Items">This page's records, each with its position and place.</param>
public sealed record CollectionPage(CollectionSummary Collection, int Page, int PageCount, IReadOnlyList<CollectionItem> Items)
{
    /// <summary>Records a page lists, as browse does.</summary>
    public const int PageSize = 50;

    /// <summary>Page <paramref name="page"/> of collection <paramref name="id"/>; null when there is no such collection. A page past the end has no items.</summary>
    public static CollectionPage? Read(ArchiveSnapshot archive, string id, int page)
    {
        if (!CollectionMemberships.IsWellFormed(id) || archive.Relations.Collections.Find(id) is not { } collection)
        {
            return null;
        }

        page = Math.Max(1, page);
        var pageCount = Math.Max(1, ((collection.Count - 1) / PageSize) + 1);
        // A page number past any collection's end lists nothing rather than overflowing the skip.
        var skip = page > pageCount ? collection.Count : (page - 1) * PageSize;
        return new CollectionPage(collection, page, pageCount, archive.Relations.CollectionItems(id, skip, PageSize));
    }
}
