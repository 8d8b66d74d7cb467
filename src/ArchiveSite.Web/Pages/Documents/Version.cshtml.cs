using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Versions;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Pages.Documents;

/// <summary>A versioned permalink: <c>/documents/{id}/v/{version}</c>, exactly one text of a document, for good.</summary>
public sealed class VersionModel(ArchiveSnapshot archive, IOptions<ArchiveOptions> options) : PageModel
{
    /// <summary>The document as it was at this version.</summary>
    public ArchiveDocument Document { get; private set; } = null!;

    /// <summary>This text's version and when it was first served.</summary>
    public VersionInfo Version { get; private set; } = null!;

    /// <summary>The version served now; null when the document is no longer served.</summary>
    public string? CurrentVersion { get; private set; }

    /// <summary>Every text the document has had, oldest first.</summary>
    public IReadOnlyList<VersionInfo> History { get; private set; } = [];

    /// <summary>This text's body as HTML.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>The document's (unversioned) permalink.</summary>
    public string Permalink { get; private set; } = "";

    /// <summary>True when this text is the one served now.</summary>
    public bool IsCurrent { get; private set; }

    /// <summary>A text the store holds only damaged: what is known of it and the document's other texts; null otherwise.</summary>
    public UnreadableVersion? Unreadable { get; private set; }

    /// <summary>Shows the text; 410 Gone, with the other texts, when the store holds it only damaged; or the 404 page when the store does not know it.</summary>
    public async Task<IActionResult> OnGetAsync(string id, string version)
    {
        var answer = await VersionPage.ReadAsync(archive, id, version, SiteAddress.Identity(Request, options));
        if (answer.Unreadable is { } unreadable)
        {
            // No validators: a repair (from a backup, or of the current text) changes this answer without changing the catalogue.
            Unreadable = unreadable;
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        if (answer.Page is not { } text)
        {
            return NotFound();
        }

        if (HttpCaching.NotModified(HttpContext, $"version|{archive.Stamp}", archive.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        (Document, Version, CurrentVersion, History, BodyHtml, Permalink, IsCurrent) =
            (text.Document, text.Version, text.CurrentVersion, text.History, text.BodyHtml, text.Permalink, text.IsCurrent);
        return Page();
    }
}
