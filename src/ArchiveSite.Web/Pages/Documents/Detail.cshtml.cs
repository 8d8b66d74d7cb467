using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Pages.Documents;

/// <summary>The permalink page of one document: <c>/documents/{id}</c>.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Stepping)]
public sealed class DetailModel(ArchiveSnapshot archive, IOptions<ArchiveOptions> options) : PageModel
{
    /// <summary>The query whose matches are marked in the text (from a search result, or "find in this document").</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>Everything the page shows of a served document.</summary>
    public DocumentPage? Data { get; private set; }

    /// <summary>For a document the archive no longer serves: every text it had; null otherwise.</summary>
    public WithdrawnDocument? Withdrawn { get; private set; }

    /// <summary>Shows the document, its kept texts (410) when it is no longer served, or the 404 page.</summary>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        // Related records, replies and files depend on the whole catalogue: its stamp is in the validator.
        if (archive.Entry(id) is not null && HttpCaching.NotModified(HttpContext, $"document|{archive.Stamp}", archive.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        // Opened from a result list (n=7): the list is the search the link carries, read as the search page reads it.
        var list = ResultLinks.IsStepping(Request)
            ? new ResultList(SearchQueryString.Read(Request, SearchModel.PageSize), SearchQueryString.Value(Request, ResultLinks.Position) ?? "")
            : null;
        var answer = await DocumentAnswer.ReadAsync(archive, id, Q, SiteAddress.Identity(Request, options), SiteAddress.Today, list);
        (Data, Withdrawn) = (answer.Page, answer.Withdrawn);
        if (Withdrawn is not null)
        {
            // A permalink lasts as long as the document: 410 Gone, with the texts the store kept.
            Response.StatusCode = StatusCodes.Status410Gone;
        }

        return Data is null && Withdrawn is null ? NotFound() : Page();
    }
}
