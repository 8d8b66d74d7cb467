using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>The API's answers as of a moment (<c>as-of=…</c>): a document's text then.</summary>
internal static class PinnedApi
{
    /// <summary>
    /// <c>/api/documents/{id}?as-of=…</c>: the text the record had then, with every version it has
    /// had; 400 for a pin that cannot be read or answered, 404 for a record without a text then.
    /// </summary>
    public static async Task<Results<Ok<ApiDocument>, ProblemHttpResult, StatusCodeHttpResult>> DocumentAsync(string id, string asOf, HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        if (SearchPin.TryRead(asOf, DateTimeOffset.UtcNow, out var error) is not { } pin)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "The moment cannot be read");
        }

        var answer = await PinnedDocument.ReadAsync(archive, id, pin);
        if (answer.Text is not { } text)
        {
            return answer.Refused
                ? TypedResults.Problem(answer.Problem, statusCode: StatusCodes.Status400BadRequest, title: "The moment cannot be answered")
                : TypedResults.Problem(answer.Problem, statusCode: StatusCodes.Status404NotFound, title: "No text then");
        }

        var baseUrl = SiteAddress.BaseUrl(request, options);
        var versions = answer.History.Select(v => new ApiVersion(v.Version, v.FirstSeen, $"{SiteIdentity.Permalink(baseUrl, id)}/v/{v.Version}"));
        return TypedResults.Ok(ApiDocument.Of(text.Document, text.Info.Version, versions, baseUrl) with { AsOf = pin.Value });
    }
}
