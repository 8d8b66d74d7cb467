using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages;

/// <summary>Browse: every document by date, a page at a time.</summary>
public sealed class IndexModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>Documents per browse page.</summary>
    public const int PageSize = 50;

    /// <summary>The 1-based page asked for (?page=N). Read by hand: Razor Pages keeps "page" as a route value of its own.</summary>
    public int PageNumber => PageParameter.Read(Request);

    /// <summary>This page of the archive.</summary>
    public SearchResults Results { get; private set; } = null!;

    /// <summary>Lists a page of documents, oldest first.</summary>
    public IActionResult OnGet()
    {
        if (HttpCaching.NotModified(HttpContext, $"browse|{archive.Stamp}", archive.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Results = archive.Searcher.Search(new SearchRequest(Sort: SearchSort.Date, Page: PageNumber, PageSize: PageSize, Filters: SearchQueryString.Facets(Request)));
        return Page();
    }
}
