using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>A document of a keyword-in-context page: its result card and the passages of its text where the query matched.</summary>
/// <param name="Hit">The document as the result list shows it.</param>
/// <param name="Passages">Its first passages and the count of all its matches; none when it matched elsewhere (title, summary, citation, date).</param>
public sealed record KwicDocument(SearchHit Hit, PassageList Passages);

/// <summary>
/// Every occurrence in context (<c>/search/kwic?…</c>): for one page of a search's documents, every
/// passage of each text where the query matches, as the detail page marks them. The work is bounded:
/// <see cref="DocumentsPerPage"/> stored pages read and matched, <see cref="PassagesPerDocument"/>
/// passages shown of each.
/// </summary>
/// <param name="Results">The page of the search (or why it could not run).</param>
/// <param name="Documents">Its documents with their passages, in the search's order.</param>
/// <param name="HasWords">False when the query has nothing to find in a text (dates, facets or ids alone).</param>
public sealed record KwicPage(SearchResults Results, IReadOnlyList<KwicDocument> Documents, bool HasWords)
{
    /// <summary>Documents on a page.</summary>
    public const int DocumentsPerPage = 10;

    /// <summary>Passages shown of one document; the rest are counted and reached on its page.</summary>
    public const int PassagesPerDocument = 20;

    /// <summary>The page of <paramref name="request"/> (its page size is this view's), from one snapshot.</summary>
    public static KwicPage Read(ArchiveSnapshot archive, SearchRequest request)
    {
        var results = archive.Searcher.Search(request with { PageSize = DocumentsPerPage });
        var matcher = results.Error is null ? archive.Searcher.Matcher(request.Text, out _) : null;
        if (matcher is null || matcher.IsEmpty)
        {
            return new KwicPage(results, results.Hits.Select(h => new KwicDocument(h, new PassageList([], 0))).ToArray(), false);
        }

        var documents = results.Hits.Select(hit => new KwicDocument(
            hit,
            archive.Searcher.GetPage(hit.Id) is { } page
                ? Passages.Find(page.BodyHtml, text => matcher.FindMatches(text), PassagesPerDocument)
                : new PassageList([], 0))).ToArray();
        return new KwicPage(results, documents, true);
    }
}
