using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages.Documents;

/// <summary>
/// The reply thread of a document: <c>/documents/{id}/thread</c>, every record of the exchange in
/// date order. An unknown id is a 404. A document in no thread gets a page that says so (200): the
/// address of a real document's thread never breaks, even when a rebuild with new records changes
/// which replies are inferred.
/// </summary>
public sealed class ThreadModel(ArchiveSearcher searcher) : PageModel
{
    /// <summary>The document the thread was asked for.</summary>
    public DocumentCard Current { get; private set; } = null!;

    /// <summary>The records of the thread, oldest first; empty when the document is in no thread.</summary>
    public IReadOnlyList<ThreadMessage> Messages { get; private set; } = [];

    /// <summary>Shows the thread, or the 404 page when no document has the id.</summary>
    public IActionResult OnGet(string id)
    {
        if (searcher.Thread(id) is not { } messages || searcher.GetDocument(id) is not { } document)
        {
            return NotFound();
        }

        Current = new DocumentCard(document.Id, document.Title, document.DateText, document.Date?.Iso, document.Summary);
        Messages = messages;
        return Page();
    }
}
