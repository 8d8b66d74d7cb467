using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages.People;

/// <summary>One person or correspondent: <c>/people/{id}</c>; an id the archive names nobody by is a 404.</summary>
public sealed class PersonModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>The page id, from the path.</summary>
    [BindProperty(SupportsGet = true)]
    public string Id { get; set; } = "";

    /// <summary>What the page shows.</summary>
    public PersonPage Person { get; private set; } = null!;

    /// <summary>Reads the person's page from the archive's directory of people.</summary>
    public IActionResult OnGet()
    {
        if (PersonPage.Read(archive, Id) is not { } page)
        {
            return NotFound();
        }

        Person = page;
        return Page();
    }

    /// <summary>A search address: <c>/search?…</c> with the given parameters, encoded.</summary>
    public static string Search(params (string Key, string Value)[] parameters) =>
        "/search" + Microsoft.AspNetCore.Http.QueryString.Create(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
}
