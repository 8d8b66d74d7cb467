using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Pages.Documents;

/// <summary>The permalink page of one document: <c>/documents/{id}</c>.</summary>
public sealed class DetailModel(ArchiveSearcher searcher, IOptions<ArchiveOptions> options) : PageModel
{
    /// <summary>The document shown.</summary>
    public ArchiveDocument Document { get; private set; } = null!;

    /// <summary>The body as HTML: Markdig for Markdown (raw HTML disabled), encoded lines for plain text.</summary>
    public string BodyHtml { get; private set; } = "";

    /// <summary>The absolute permalink researchers cite.</summary>
    public string Permalink { get; private set; } = "";

    /// <summary>Shows the document, or the 404 page when no document has the id.</summary>
    public IActionResult OnGet(string id)
    {
        if (searcher.GetDocument(id) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        BodyHtml = MarkdownRenderer.RenderBody(document);
        var baseUrl = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? $"{Request.Scheme}://{Request.Host}{Request.PathBase}"
            : options.Value.PublicBaseUrl.TrimEnd('/');
        Permalink = $"{baseUrl}/documents/{Uri.EscapeDataString(document.Id)}";
        return Page();
    }
}
