using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Versions;
using ArchiveSite.Web.Endpoints;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Pages.Documents;

/// <summary>
/// A versioned permalink, <c>/documents/{id}/v/{version}</c>: the record exactly as it read at that
/// version, for as long as the site runs on its version store, even after the text has changed or
/// the record has left the corpus.
/// </summary>
public sealed class VersionModel(ArchiveCatalog catalog, IOptions<ArchiveOptions> options) : PageModel
{
    /// <summary>The text at this version.</summary>
    public ArchiveDocument Document { get; private set; } = null!;

    /// <summary>This version and when the site first served it.</summary>
    public VersionInfo Version { get; private set; } = null!;

    /// <summary>The record's current version; null when the record is no longer served.</summary>
    public string? CurrentVersion { get; private set; }

    /// <summary>Every text the record has had, oldest first.</summary>
    public IReadOnlyList<VersionInfo> History { get; private set; } = [];

    /// <summary>The body as HTML, with paragraph anchors.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>The record's lasting permalink (its current text).</summary>
    public string Permalink { get; private set; } = "";

    /// <summary>True when this is the text the site serves now.</summary>
    public bool IsCurrent => Version.Version == CurrentVersion;

    /// <summary>Shows the stored text, or the 404 page when the store has no such version.</summary>
    public IActionResult OnGet(string id, string version)
    {
        if (!RecordVersion.IsWellFormed(version) || catalog.Versions.Find(id, version) is not { } stored)
        {
            return NotFound();
        }

        if (HttpCaching.NotModified(HttpContext, $"version|{catalog.Stamp}", catalog.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Document = stored.Document;
        Version = stored.Info;
        CurrentVersion = catalog.Entry(id)?.Version;
        History = catalog.Versions.History(id);
        BodyHtml = MarkdownRenderer.RenderBody(stored.Document);
        Permalink = SiteAddress.Permalink(SiteAddress.BaseUrl(Request, options), id);
        return Page();
    }
}
