using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names.Lists;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Search.Highlighting;

namespace ArchiveSite.Core.Reading;

/// <summary>What a permalink answers: the page of a served document, the texts of a withdrawn one, or neither (not found).</summary>
/// <param name="Page">The served document's page; null when it is not served.</param>
/// <param name="Withdrawn">A document no longer served whose texts are kept; null otherwise.</param>
public sealed record DocumentAnswer(DocumentPage? Page, WithdrawnDocument? Withdrawn)
{
    /// <summary>No document has ever had the id.</summary>
    public static DocumentAnswer NotFound { get; } = new(null, null);

    /// <summary>
    /// The page of document <paramref name="id"/>, with the matches of <paramref name="query"/>
    /// marked (a search result's link, or "find in this document"); for a document no longer served,
    /// its kept texts (read from the version store, which a large restart may still be loading).
    /// </summary>
    /// <param name="archive">The snapshot the request reads.</param>
    /// <param name="id">The permalink id.</param>
    /// <param name="query">The query whose matches are marked; null for none.</param>
    /// <param name="site">The site's addresses.</param>
    /// <param name="today">The day of access citations name.</param>
    /// <param name="list">The result list the document was opened from and its place there (the link's <c>n</c>, as written); null when it was not (the page is then exactly the permalink's).</param>
    public static async Task<DocumentAnswer> ReadAsync(ArchiveSnapshot archive, string id, string? query, SiteIdentity site, DateOnly today, ResultList? list = null)
    {
        if (archive.Searcher.GetPage(id) is not { } page)
        {
            // A permalink lasts as long as the document: one the archive no longer serves answers
            // with the texts the version store kept, rather than a bare 404.
            var versions = await archive.VersionsReady;
            return versions.History(id) is { Count: > 0 } history
                ? new DocumentAnswer(null, new WithdrawnDocument(id, StoredTexts.Title(archive, versions, id), history))
                : DocumentAnswer.NotFound;
        }

        var (document, body) = page;
        // The volume's abbreviations explain themselves where the text uses them (FRUS's reading panel).
        var (explained, terms) = archive.Searcher.Names.Lists.ExplainerOf(NameLists.VolumeOf(document))?.Explain(body) ?? (body, []);
        body = explained;
        int? matchCount = null;
        string? queryError = null;
        if (!string.IsNullOrWhiteSpace(query))
        {
            var matcher = archive.Searcher.Matcher(query, out queryError);
            if (matcher is not null)
            {
                (body, var count) = HtmlHighlighter.Highlight(body, text => matcher.FindMatches(text));
                matchCount = count;
            }
        }

        var permalink = site.Permalink(document.Id);
        var version = archive.Entry(document.Id)?.Version ?? RecordVersion.Of(document);
        var citation = site.Citation(document, version, archive.Searcher.Names, today);
        var people = DocumentPerson.Of(archive, document);
        return new DocumentAnswer(
            new DocumentPage(
                document,
                ParagraphLinks.Add(body),
                matchCount,
                queryError,
                permalink,
                version,
                site.VersionedPermalink(document.Id, version),
                CitationStyles.All(citation),
                CitationMetadata.MetaTags(citation),
                CitationMetadata.JsonLd(citation with { Permalink = permalink }, version),
                archive.Relations.Related(document.Id),
                archive.Relations.Replies(document.Id),
                archive.Relations.Files(document))
            {
                Collections = archive.Relations.CollectionPlaces(document.Id),
                Step = list is { } opened ? ResultStep.Read(archive, opened.Request, opened.Position, document.Id) : null,
                Terms = terms,
                People = people,
                TitleParts = TitlePart.Split(document.Title, people, archive.Searcher.Names),
            },
            null);
    }
}
