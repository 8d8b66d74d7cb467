using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Reading;

/// <summary>What the citation files of one record, or of a whole result list, are made from.</summary>
public static class CitationFiles
{
    /// <summary>The most records one result-list file holds.</summary>
    public const int MaxListRecords = 1000;

    /// <summary>The citation context of served record <paramref name="id"/> and its catalogue entry (for validators), or null.</summary>
    public static (CitationContext Context, CatalogEntry Entry)? One(ArchiveSnapshot archive, string id, SiteIdentity site, DateOnly today) =>
        archive.Searcher.GetDocument(id) is { } document && archive.Entry(id) is { } entry
            ? (site.Citation(document, entry.Version, archive.Searcher.Names, today), entry)
            : null;

    /// <summary>
    /// The citation contexts of every record a search finds, in its order, up to <see cref="MaxListRecords"/>;
    /// or why the search could not run.
    /// </summary>
    public static (IReadOnlyList<CitationContext> Contexts, string? Error) List(ArchiveSnapshot archive, SearchRequest request, SiteIdentity site, DateOnly today)
    {
        var first = request with { Page = 1, PageSize = SearchRequest.MaxPageSize };
        var contexts = new List<CitationContext>();
        for (var page = 1; contexts.Count < MaxListRecords; page++)
        {
            var results = archive.Searcher.Search(first with { Page = page });
            if (results.Error is not null)
            {
                return ([], results.Error);
            }

            foreach (var hit in results.Hits)
            {
                if (One(archive, hit.Id, site, today) is { } one)
                {
                    contexts.Add(one.Context);
                }
            }

            if (page >= results.PageCount)
            {
                break;
            }
        }

        return (contexts.Take(MaxListRecords).ToArray(), null);
    }

    /// <summary>
    /// The citation contexts of every record of the correspondence between the people with page ids
    /// <paramref name="a"/> and <paramref name="b"/>, in date order, none left out (a correspondence
    /// is bounded by the records between two people, not by a page); null when either id names nobody or both are one.
    /// </summary>
    public static IReadOnlyList<CitationContext>? Correspondence(ArchiveSnapshot archive, string a, string b, SiteIdentity site, DateOnly today) =>
        a != b && CorrespondencePage.Read(archive, a, b, 1).Page is { } page
            ? page.Letters.Select(l => One(archive, l.Id, site, today)?.Context).OfType<CitationContext>().ToArray()
            : null;
}
