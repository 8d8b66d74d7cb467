using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Pages;

/// <summary>Checking a quotation: <c>/quote?text=…</c>, where a passage stands in the archive, exactly or nearly.</summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(RateLimits.Search)]
public sealed class QuoteModel(ArchiveSnapshot archive, IOptions<ArchiveOptions> options) : PageModel
{
    /// <summary>The check; null for the empty form.</summary>
    public QuotePage? Data { get; private set; }

    /// <summary>The quotation as typed.</summary>
    public string Text { get; private set; } = "";

    /// <summary>Checks the quotation when one is given; 400 with the reason when it cannot be checked.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (HttpCaching.NotModified(HttpContext, $"quote|{archive.Stamp}", archive.LastChanged))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        Text = Request.Query["text"].FirstOrDefault() ?? "";
        if (!string.IsNullOrWhiteSpace(Text))
        {
            Data = await QuotePage.ReadAsync(archive, Text, SiteAddress.Identity(Request, options), SiteAddress.Today);
            if (Data.Error is not null)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }
        }

        return Page();
    }
}
