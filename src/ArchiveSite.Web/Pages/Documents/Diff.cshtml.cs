using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Versions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages.Documents;

/// <summary>What changed since a version: <c>/documents/{id}/v/{version}/diff</c>, word by word, part by part.</summary>
public sealed class DiffModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>The earlier text.</summary>
    public StoredVersion Older { get; private set; } = null!;

    /// <summary>The text served now.</summary>
    public StoredVersion Newer { get; private set; } = null!;

    /// <summary>Each part of the record with its changes.</summary>
    public IReadOnlyList<(string Part, IReadOnlyList<DiffSegment> Changes)> Parts { get; private set; } = [];

    /// <summary>The earlier text, when the store holds it only damaged: what is known of it and the document's other texts; null otherwise.</summary>
    public UnreadableVersion? Unreadable { get; private set; }

    /// <summary>Shows the changes; 410 Gone when the earlier text is held only damaged; or the 404 page when either text is not known.</summary>
    public async Task<IActionResult> OnGetAsync(string id, string version)
    {
        var answer = await DiffPage.ReadAsync(archive, id, version);
        if (answer.Unreadable is { } unreadable)
        {
            Unreadable = unreadable;
            Response.StatusCode = StatusCodes.Status410Gone;
            return Page();
        }

        if (answer.Page is not { } diff)
        {
            return NotFound();
        }

        (Older, Newer, Parts) = (diff.Older, diff.Newer, diff.Parts);
        return Page();
    }
}
