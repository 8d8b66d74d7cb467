using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages;

/// <summary>The page for an error status (404 above all), re-executed by the status-code middleware.</summary>
public sealed class StatusModel : PageModel
{
    /// <summary>The page's heading.</summary>
    public string Heading { get; private set; } = "";

    /// <summary>What happened, in a sentence.</summary>
    public string Explanation { get; private set; } = "";

    /// <summary>Keeps the original status; a direct visit to /status/N answers 404.</summary>
    public void OnGet(int code)
    {
        var reexecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        var status = reexecuted && code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        (Heading, Explanation) = status switch
        {
            404 => ("Page not found", "There is no document or page at this address. If you followed a permalink, check that it was copied whole."),
            405 => ("Method not allowed", "This archive is read-only: pages are read with GET."),
            429 => ("Too many requests", RetryAfter() is { } seconds
                ? $"Too many searches or downloads came from your address in a short time. Please wait {seconds} seconds before trying again."
                : "Please wait a moment before trying again."),
            _ when status >= 500 => ("Something went wrong", "The archive could not show this page. The problem has been logged."),
            _ => ("The request could not be answered", $"The server answered with status {status}."),
        };
    }

    /// <summary>The seconds the rate limiter asked the client to wait, from the refused response's Retry-After.</summary>
    private int? RetryAfter() =>
        int.TryParse(Response.Headers.RetryAfter.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
}
