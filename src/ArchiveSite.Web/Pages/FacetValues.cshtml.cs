using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// Every value of one facet for a search: <c>/search/facet/{key}?q=…&amp;f.…&amp;facet.sort=count|index&amp;page=N</c>,
/// for when the facet list on the results page shows only the first few.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Search)]
public sealed class FacetValuesModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>The facet's key, from the path.</summary>
    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    /// <summary>The order of the values: count (the default) or index (A–Z).</summary>
    [BindProperty(SupportsGet = true, Name = QueryUrl.FacetSort)]
    public string? FacetSort { get; set; }

    /// <summary>The facet.</summary>
    public FacetDimension Dimension { get; private set; } = null!;

    /// <summary>The order in effect.</summary>
    public FacetValueOrder Order => FacetValueList.ParseOrder(FacetSort);

    /// <summary>The 1-based page of values.</summary>
    public int PageNumber => PageParameter.Read(Request);

    /// <summary>Why the search could not run; null when it ran.</summary>
    public string? Error { get; private set; }

    /// <summary>How many values the facet has for this search.</summary>
    public int ValueCount { get; private set; }

    /// <summary>This page of values.</summary>
    public IReadOnlyList<FacetValue> Values { get; private set; } = [];

    /// <summary>Runs the search for its facet counts; an unknown facet is a 404.</summary>
    public IActionResult OnGet()
    {
        if (Facets.Find(Key) is not { } dimension)
        {
            return NotFound();
        }

        Dimension = dimension;
        // The search's own parameters, read as the search page reads them.
        var values = FacetValuesPage.Read(archive, dimension, SearchQueryString.Read(Request, pageSize: 1), Order, PageNumber);
        (Error, ValueCount, Values) = (values.Error, values.ValueCount, values.Values);

        return Page();
    }
}
