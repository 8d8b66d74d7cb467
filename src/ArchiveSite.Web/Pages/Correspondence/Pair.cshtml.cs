using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages.Correspondence;

/// <summary>
/// Every record between two people: <c>/correspondence/{a}/{b}</c>. The ids are people pages' ids;
/// the other order redirects to the one address (ids in ordinal order), an unknown id is a 404
/// that names it, and one person twice is a 400 that says so.
/// </summary>
public sealed class PairModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>The first person's page id, from the path.</summary>
    [BindProperty(SupportsGet = true)]
    public string A { get; set; } = "";

    /// <summary>The second person's page id, from the path.</summary>
    [BindProperty(SupportsGet = true)]
    public string B { get; set; } = "";

    /// <summary>What the page shows; null when it shows <see cref="ErrorHeading"/>.</summary>
    public CorrespondencePage? Correspondence { get; private set; }

    /// <summary>Why the correspondence could not be shown.</summary>
    public string? ErrorHeading { get; private set; }

    /// <summary>The explanation under <see cref="ErrorHeading"/>.</summary>
    public string? ErrorMessage { get; private set; }

    /// <summary>Reads the correspondence; redirects the other order of the ids to the canonical address.</summary>
    public IActionResult OnGet()
    {
        if (A == B)
        {
            return Error(StatusCodes.Status400BadRequest, "One person twice",
                $"A correspondence is between two people, and both ids are '{Shown(A)}'. Their own page lists everyone they wrote to and heard from.");
        }

        var (page, unknown) = CorrespondencePage.Read(archive, A, B, PageParameter.Read(Request));
        if (page is null)
        {
            return Error(StatusCodes.Status404NotFound, "No such person",
                $"The archive names nobody with the id '{Shown(unknown!)}'. People's ids are those of their pages under /people.");
        }

        if (!CorrespondencePage.IsCanonical(A, B))
        {
            return RedirectPermanent(CorrespondencePage.Address(A, B) + Request.QueryString);
        }

        Correspondence = page;
        return Page();
    }

    /// <summary>The correspondence's address with page <paramref name="page"/>.</summary>
    public string PageUrl(int page) => CorrespondencePage.Address(A, B) + (page > 1 ? $"?page={page}" : "");

    /// <summary>The address of record <paramref name="id"/>'s entry on this correspondence's pages.</summary>
    public string EntryUrl(string id) =>
        Correspondence!.PageOf(id) is var page and > 0 && page != Correspondence.Page ? $"{PageUrl(page)}#d-{id}" : $"#d-{id}";

    /// <summary>An id as the answer shows it back: a hostile address's thousand characters are cut.</summary>
    private static string Shown(string id) => id.Length <= 60 ? id : id[..60] + "…";

    private PageResult Error(int status, string heading, string message)
    {
        Response.StatusCode = status;
        (ErrorHeading, ErrorMessage) = (heading, message);
        return Page();
    }
}
