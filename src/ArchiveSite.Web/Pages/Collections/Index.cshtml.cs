using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages.Collections;

/// <summary>Every collection the citations name, with counts and years: <c>/collections</c>.</summary>
public sealed class CollectionsModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>Every collection, volumes first.</summary>
    public IReadOnlyList<CollectionSummary> Collections { get; private set; } = [];

    /// <summary>Lists the collections.</summary>
    public IActionResult OnGet()
    {
        if (HttpCaching.NotModified(HttpContext, $"collections|{archive.Stamp}", archive.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Collections = archive.Relations.Collections.All;
        return Page();
    }
}
