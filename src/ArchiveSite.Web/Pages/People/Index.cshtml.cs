using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages.People;

/// <summary>Everyone the archive names: <c>/people?sort=name|documents&amp;letter=K&amp;page=N</c>.</summary>
public sealed class IndexModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>The order: name (A–Z, the default) or documents.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    /// <summary>One initial letter (A–Z, or # for the rest); none for everyone.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Letter { get; set; }

    /// <summary>The order in effect.</summary>
    public PeopleOrder Order { get; private set; }

    /// <summary>The 1-based page.</summary>
    public int PageNumber => PageParameter.Read(Request);

    /// <summary>What the page shows.</summary>
    public PeopleListPage List { get; private set; } = null!;

    /// <summary>Reads one page of the list; an unknown order or letter is a 400 that says which are known.</summary>
    public IActionResult OnGet()
    {
        if (PeopleListPage.ParseOrder(Sort) is not { } order)
        {
            return BadRequestPage($"There is no order called '{Sort}'. Orders: name, documents.");
        }

        if (Letter is { Length: > 0 } letter && !(letter == "#" || (letter.Length == 1 && letter[0] is >= 'A' and <= 'Z')))
        {
            return BadRequestPage($"'{Letter}' is not a letter of the list. Letters: A to Z, and # for names that begin otherwise.");
        }

        Order = order;
        List = PeopleListPage.Read(archive, order, string.IsNullOrEmpty(Letter) ? null : Letter, PageNumber);
        return Page();
    }

    /// <summary>The list's address with one parameter changed (the page starts again unless it is the page).</summary>
    public string With(string? sort = null, string? letter = null, int? page = null)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        var s = sort ?? (Order == PeopleOrder.Documents ? "documents" : null);
        if (s is not null and not "name")
        {
            parameters.Add(new("sort", s));
        }

        var l = letter ?? Letter;
        if (!string.IsNullOrEmpty(l))
        {
            parameters.Add(new("letter", l));
        }

        if (page is > 1)
        {
            parameters.Add(new("page", page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return "/people" + Microsoft.AspNetCore.Http.QueryString.Create(parameters);
    }

    private IActionResult BadRequestPage(string message)
    {
        ErrorMessage = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        List = new PeopleListPage([], 0, 1, []);
        return Page();
    }

    /// <summary>Why the list could not be shown; null when it was.</summary>
    public string? ErrorMessage { get; private set; }
}
