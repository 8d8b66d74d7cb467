using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Selection;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// A selection to cite: <c>/selection?ids=112082,112079&amp;style=chicago|mla|apa</c>. The address is
/// the selection (no account, nothing on the server): its documents in the researcher's order, links
/// that remove or move one (each a new address), its bibliography in the chosen style, its exports.
/// </summary>
public sealed class SelectionModel(ArchiveSnapshot archive, IOptions<ArchiveOptions> options) : PageModel
{
    /// <summary>The documents' ids, separated by commas.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Ids { get; set; }

    /// <summary>The bibliography style: a key of <see cref="BibliographyStyle"/>.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Style { get; set; }

    /// <summary>Everything the page shows.</summary>
    public SelectionPage Data { get; private set; } = null!;

    /// <summary>Why the style asked for cannot be used (the page then shows the default style, answered 400); null when it can.</summary>
    public string? StyleError { get; private set; }

    /// <summary>Shows the selection; an unknown style is a 400 that says which styles there are.</summary>
    public IActionResult OnGet()
    {
        var style = Style?.Trim();
        if (BibliographyStyle.Find(style) is null)
        {
            StyleError = $"There is no bibliography style called “{(style!.Length > 40 ? style[..40] + "…" : style)}”. Choose one of: {string.Join(", ", BibliographyStyle.All.Select(s => $"{s.Label} ({s.Key})"))}.";
            style = BibliographyStyle.Default;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Data = SelectionPage.Read(archive, SelectionList.Parse(Ids), style ?? BibliographyStyle.Default, SiteAddress.Identity(Request, options), SiteAddress.Today);
        return Page();
    }
}
