using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Core.Versions;
using ArchiveSite.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Pages.Documents;

/// <summary>The permalink page of one document: <c>/documents/{id}</c>.</summary>
public sealed class DetailModel(ArchiveSearcher searcher, ArchiveCatalog catalog, IOptions<ArchiveOptions> options) : PageModel
{
    /// <summary>The document shown.</summary>
    public ArchiveDocument Document { get; private set; } = null!;

    /// <summary>The body as HTML: Markdig for Markdown (raw HTML disabled), encoded lines for plain text.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>The query whose matches are marked in the text (from a search result, or "find in this document").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>How many matches of <see cref="Q"/> the text has; null when there is no query.</summary>
    public int? MatchCount { get; private set; }

    /// <summary>Why <see cref="Q"/> could not be read, for the researcher.</summary>
    public string? QueryError { get; private set; }

    /// <summary>The absolute permalink researchers cite.</summary>
    public string Permalink { get; private set; } = "";

    /// <summary>The current text's version, and its permalink: the address that always shows exactly this text.</summary>
    public string Version { get; private set; } = "";

    /// <inheritdoc cref="Version"/>
    public string VersionedPermalink { get; private set; } = "";

    /// <summary>The citation in Chicago, MLA and APA, naming the versioned permalink and today as the day of access.</summary>
    public IReadOnlyList<FormattedCitation> Citations { get; private set; } = [];

    /// <summary>Highwire and Dublin Core meta tags for reference managers.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> MetaTags { get; private set; } = [];

    /// <summary>schema.org JSON-LD, safe inside a script element.</summary>
    public string JsonLd { get; private set; } = "";

    /// <summary>For a document the archive no longer serves: every text it had; null otherwise.</summary>
    public IReadOnlyList<VersionInfo>? Withdrawn { get; private set; }

    /// <summary>The withdrawn document's last title.</summary>
    public string WithdrawnTitle { get; private set; } = "";

    /// <summary>The withdrawn document's id.</summary>
    public string WithdrawnId { get; private set; } = "";

    /// <summary>Records most like this one (MoreLikeThis), best first.</summary>
    public IReadOnlyList<DocumentCard> Related { get; private set; } = [];

    /// <summary>The record this one answers and the records answering it, as inferred when the index was built.</summary>
    public DocumentReplies Replies { get; private set; } = new(null, []);

    /// <summary>The other records of each file (delo) this one is filed in, in archival order.</summary>
    public IReadOnlyList<ArchivalFile> Files { get; private set; } = [];

    /// <summary>Shows the document, or the 404 page when no document has the id.</summary>
    public IActionResult OnGet(string id)
    {
        if (searcher.GetDocument(id) is not { } document)
        {
            // A permalink lasts as long as the document: one the archive no longer serves answers
            // 410 Gone with the texts the version store kept, rather than a bare 404.
            if (catalog.Versions.History(id) is { Count: > 0 } history)
            {
                Withdrawn = history;
                WithdrawnTitle = catalog.Versions.Find(id, history[^1].Version)?.Document.Title ?? id;
                WithdrawnId = id;
                Response.StatusCode = StatusCodes.Status410Gone;
                return Page();
            }

            return NotFound();
        }

        // Related records, replies and files depend on the whole catalogue: its stamp is in the validator.
        if (HttpCaching.NotModified(HttpContext, $"document|{catalog.Stamp}", catalog.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Document = document;
        Related = searcher.Related(document.Id);
        Replies = searcher.Replies(document.Id);
        Files = searcher.Files(document.Id);
        BodyHtml = MarkdownRenderer.RenderBody(document);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var matcher = searcher.Matcher(Q, out var error);
            QueryError = error;
            if (matcher is not null)
            {
                (BodyHtml, var count) = HtmlHighlighter.Highlight(BodyHtml, text => matcher.FindMatches(text));
                MatchCount = count;
            }
        }

        BodyHtml = ParagraphLinks.Add(BodyHtml);
        Permalink = SiteAddress.Permalink(SiteAddress.BaseUrl(Request, options), document.Id);
        Version = catalog.Entry(document.Id)?.Version ?? RecordVersion.Of(document);
        VersionedPermalink = $"{Permalink}/v/{Version}";
        var context = CitationEndpoints.Context(searcher, document, Version, SiteAddress.BaseUrl(Request, options), options.Value.SiteName);
        Citations = CitationStyles.All(context);
        MetaTags = CitationMetadata.MetaTags(context);
        JsonLd = CitationMetadata.JsonLd(context with { Permalink = Permalink }, Version);
        return Page();
    }
}
