using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages.Collections;

/// <summary>One collection's documents in its own order, a page at a time: <c>/collections/{id}?page=N</c>.</summary>
public sealed class CollectionModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>The page shown.</summary>
    public CollectionPage Data { get; private set; } = null!;

    /// <summary>Lists a page of the collection, or the 404 page when there is no such collection.</summary>
    public IActionResult OnGet(string id)
    {
        if (archive.Relations.Collections.Find(id) is not null && HttpCaching.NotModified(HttpContext, $"collection|{archive.Stamp}", archive.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        if (CollectionPage.Read(archive, id, PageParameter.Read(Request)) is not { } page)
        {
            return NotFound();
        }

        Data = page;
        return Page();
    }
}
