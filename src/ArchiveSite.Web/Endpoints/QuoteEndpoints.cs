using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// Checking a quotation for tools: <c>/api/quote?text=…</c>, the check of <c>/quote</c> as JSON
/// (<see cref="QuotePage"/>), search-priced for the rate limiter. A quotation that cannot be
/// checked (too long, too few words) is a 400 problem that says why.
/// </summary>
public static class QuoteEndpoints
{
    /// <summary>Maps <c>/api/quote</c>.</summary>
    public static IEndpointRouteBuilder MapQuoteApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/quote", CheckAsync)
            .RequireRateLimiting(RateLimits.Search)
            .WithTags("Archive")
            .WithName("CheckQuotation")
            .WithSummary("Where a quotation stands in the archive, exactly or nearly: documents, paragraphs, differences word by word, versioned permalinks and citations.")
            .WithDescription($"Query parameter: text, the quotation ({QuotePage.MinWords} to {QuotePage.MaxWords} words, at most {QuotePage.MaxCharacters} characters; ... or […] stands for words left out).");
        return app;
    }

    private static async Task<Results<Ok<ApiQuoteCheck>, ProblemHttpResult>> CheckAsync(HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        var text = request.Query["text"].FirstOrDefault();
        if (string.IsNullOrWhiteSpace(text))
        {
            return TypedResults.Problem("Give the quotation as the text parameter: /api/quote?text=…", statusCode: StatusCodes.Status400BadRequest, title: "No quotation");
        }

        var site = SiteAddress.Identity(request, options);
        var page = await QuotePage.ReadAsync(archive, text, site, SiteAddress.Today);
        return page.Error is { } error
            ? TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "The quotation could not be checked")
            : TypedResults.Ok(ApiQuoteCheck.Of(page, site.BaseUrl));
    }
}
