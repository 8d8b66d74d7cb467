using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages;

/// <summary>What changed since a pinned search: <c>/search/changes?q=…&amp;as-of=…</c>, the search page's parameters and its pin.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Search)]
public sealed class SearchChangesModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>The answer; null when the pin is missing or unreadable (<see cref="Error"/> says why).</summary>
    public SearchChangesPage? Data { get; private set; }

    /// <summary>Why there is no answer: a missing or unreadable pin, a pin that cannot be answered, an unreadable query.</summary>
    public string? Error { get; private set; }

    /// <summary>The query text.</summary>
    public string? Q { get; private set; }

    /// <summary>Lists what changed for the search since its pin; a missing or bad pin is a 400 that says how to write one.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        var query = SearchQueryString.Read(Request, SearchModel.PageSize);
        Q = query.Text;
        if (SearchQueryString.Value(Request, SearchPin.Parameter) is not { } asOf)
        {
            return Refuse($"What changed since needs a moment to compare with: add as-of, {SearchPin.Forms}.");
        }

        if (SearchPin.TryRead(asOf, DateTimeOffset.UtcNow, out var error) is not { } pin)
        {
            return Refuse(error!);
        }

        Data = await SearchChangesPage.ReadAsync(archive, query, pin);
        return Data.Error is { } problem ? Refuse(problem) : Page();
    }

    private PageResult Refuse(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
