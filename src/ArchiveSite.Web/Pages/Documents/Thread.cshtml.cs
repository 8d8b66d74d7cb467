using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Search.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages.Documents;

/// <summary>The exchange of replies a document belongs to: <c>/documents/{id}/thread</c>.</summary>
public sealed class ThreadModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>The document the thread was asked for.</summary>
    public DocumentCard Current { get; private set; } = null!;

    /// <summary>Every message of the thread in date order; empty when the document is in none.</summary>
    public IReadOnlyList<ThreadMessage> Messages { get; private set; } = [];

    /// <summary>The two people most of the thread's messages go between, whose whole correspondence the page links.</summary>
    public (ArchiveSite.Core.People.PersonStats A, ArchiveSite.Core.People.PersonStats B)? MainCorrespondents { get; private set; }

    /// <summary>Shows the thread, or the 404 page when no document has the id.</summary>
    public IActionResult OnGet(string id)
    {
        if (ThreadPage.Read(archive, id) is not { } thread)
        {
            return NotFound();
        }

        (Current, Messages, MainCorrespondents) = (thread.Current, thread.Messages, thread.MainCorrespondents);
        return Page();
    }
}
