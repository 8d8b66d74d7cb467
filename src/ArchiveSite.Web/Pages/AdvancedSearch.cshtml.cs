using ArchiveSite.Core.Search.Querying;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// Advanced search: <c>/search/advanced</c> shows a form of separate fields; submitted (GET), it
/// composes one query in the site's syntax (<see cref="AdvancedQuery"/>) and redirects to <c>/search</c>.
/// </summary>
public sealed class AdvancedSearchModel : PageModel
{
    /// <summary>All of these words.</summary>
    [BindProperty(SupportsGet = true, Name = "all")]
    public string? AllWords { get; set; }

    /// <summary>This exact phrase.</summary>
    [BindProperty(SupportsGet = true, Name = "phrase")]
    public string? ExactPhrase { get; set; }

    /// <summary>Any of these words.</summary>
    [BindProperty(SupportsGet = true, Name = "any")]
    public string? AnyWords { get; set; }

    /// <summary>None of these words.</summary>
    [BindProperty(SupportsGet = true, Name = "none")]
    public string? NoneWords { get; set; }

    /// <summary>Where the words are searched: a value of <see cref="AdvancedQuery.FieldChoices"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "field")]
    public string? Field { get; set; }

    /// <summary>An archival reference.</summary>
    [BindProperty(SupportsGet = true, Name = "ref")]
    public string? Reference { get; set; }

    /// <summary>A person's name, in any spelling.</summary>
    [BindProperty(SupportsGet = true, Name = "person")]
    public string? Person { get; set; }

    /// <summary>Earliest date, as typed.</summary>
    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    /// <summary>Latest date, as typed.</summary>
    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    /// <summary>relevance, date or date-desc.</summary>
    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    /// <summary>Why a submitted form did not search; null when it was not submitted or could search.</summary>
    public string? Problem { get; private set; }

    /// <summary>Shows the form, or redirects a submitted one to the search it composes.</summary>
    public IActionResult OnGet()
    {
        if (Request.Query.Count == 0)
        {
            return Page();
        }

        var query = new AdvancedQuery(AllWords, ExactPhrase, AnyWords, NoneWords, Field, Reference, Person);
        Problem = query.IsOnlyExclusions
            ? "“None of these words” only narrows a search. Fill in at least one other field, such as all of these words or a person."
            : !query.HasWordsToFind && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To)
                ? "The form was empty. Fill in at least one field: words, a phrase, a reference, a person or a date."
                : null;
        return Problem is null ? Redirect(SearchModel.SearchUrl(query.ToQueryString(), From, To, Sort)) : Page();
    }
}
