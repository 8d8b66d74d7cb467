using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Versions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages.Documents;

/// <summary>
/// What changed between an earlier text and the current one: <c>/documents/{id}/v/{version}/diff</c>,
/// word by word, for the title, date, summary, citation and body.
/// </summary>
public sealed class DiffModel(ArchiveCatalog catalog) : PageModel
{
    /// <summary>The earlier text.</summary>
    public StoredVersion Older { get; private set; } = null!;

    /// <summary>The current text.</summary>
    public StoredVersion Newer { get; private set; } = null!;

    /// <summary>Each part of the record with its word-level changes; unchanged parts have a single Same segment.</summary>
    public IReadOnlyList<(string Part, IReadOnlyList<DiffSegment> Changes)> Parts { get; private set; } = [];

    /// <summary>Compares the stored version with the current one; 404 when either is missing.</summary>
    public IActionResult OnGet(string id, string version)
    {
        if (!RecordVersion.IsWellFormed(version) || catalog.Versions.Find(id, version) is not { } older
            || catalog.Entry(id) is not { } entry || catalog.Versions.Find(id, entry.Version) is not { } newer)
        {
            return NotFound();
        }

        (Older, Newer) = (older, newer);
        var (a, b) = (older.Document, newer.Document);
        Parts =
        [
            ("Title", WordDiff.Compute(a.Title, b.Title)),
            ("Date", WordDiff.Compute(a.DateText, b.DateText)),
            ("Summary", WordDiff.Compute(a.Summary, b.Summary)),
            ("Citation", WordDiff.Compute(a.Citation.Text, b.Citation.Text)),
            ("Original language", WordDiff.Compute(a.OriginalLanguage, b.OriginalLanguage)),
            ("Text", WordDiff.Compute(a.Body, b.Body)),
        ];
        return Page();
    }

    /// <summary>True when a part reads the same in both texts.</summary>
    public static bool Unchanged(IReadOnlyList<DiffSegment> changes) => changes.All(c => c.Kind == DiffKind.Same);
}
