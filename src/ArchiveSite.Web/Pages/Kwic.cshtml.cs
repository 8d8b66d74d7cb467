using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages;

/// <summary>Every occurrence in context: <c>/search/kwic?q=…&amp;…&amp;page=N</c>, the search page's parameters.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Search)]
public sealed class KwicModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>The page; null when no search was given.</summary>
    public KwicPage? Data { get; private set; }

    /// <summary>The query text.</summary>
    public string? Q { get; private set; }

    /// <summary>Runs the search and finds its passages when there is anything to search for.</summary>
    public IActionResult OnGet()
    {
        if (HttpCaching.NotModified(HttpContext, $"kwic|{archive.Stamp}", archive.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        var query = SearchQueryString.Read(Request, KwicPage.DocumentsPerPage);
        Q = query.Text;
        if (!query.IsEmpty)
        {
            Data = KwicPage.Read(archive, query);
        }

        return Page();
    }
}
