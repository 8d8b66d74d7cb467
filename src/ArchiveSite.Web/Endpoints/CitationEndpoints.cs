using System.Text;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Web.Http;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// Citation files for reference managers: <c>/documents/{id}/citation.bib|.ris|.json</c> for one
/// record, and <c>/search/citations.bib|.ris|.json?…</c> for a whole result list (the search page's
/// parameters). Each names the versioned permalink, so the citation leads back to the exact text.
/// </summary>
public static class CitationEndpoints
{
    private static readonly Dictionary<string, (string MediaType, Func<IEnumerable<CitationContext>, string> Write)> Formats = new(StringComparer.Ordinal)
    {
        ["bib"] = ("application/x-bibtex", CitationExports.BibTeX),
        ["ris"] = ("application/x-research-info-systems", CitationExports.Ris),
        ["json"] = ("application/vnd.citationstyles.csl+json", CitationExports.CslJson),
    };

    /// <summary>Maps the citation downloads.</summary>
    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{id}/citation.{format}", OneRecord).ExcludeFromDescription().RequireRateLimiting(RateLimits.Exports);
        app.MapGet("/search/citations.{format}", ResultList).ExcludeFromDescription().RequireRateLimiting(RateLimits.Exports);
        return app;
    }

    private static IResult OneRecord(string id, string format, HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        if (!Formats.TryGetValue(format, out var writer) || CitationFiles.One(archive, id, SiteAddress.Identity(request, options), SiteAddress.Today) is not { } one)
        {
            return Results.NotFound();
        }

        // The access date is in the file, so the day is part of what it is made from.
        if (HttpCaching.NotModified(request.HttpContext, $"citation|{one.Entry.Version}|{SiteAddress.Today:O}", one.Entry.FirstSeen))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return File(writer.Write([one.Context]), writer.MediaType, $"archivesite-{FileSafe(id)}.{format}");
    }

    private static IResult ResultList(string format, HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        if (!Formats.TryGetValue(format, out var writer))
        {
            return Results.NotFound();
        }

        var (contexts, error) = CitationFiles.List(archive, SearchQueryString.Read(request, SearchRequest.MaxPageSize), SiteAddress.Identity(request, options), SiteAddress.Today);
        return error is not null
            ? Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "The search could not run")
            : File(writer.Write(contexts), writer.MediaType, $"archivesite-search.{format}");
    }

    private static IResult File(string text, string mediaType, string fileName) =>
        Results.File(Encoding.UTF8.GetBytes(text), mediaType + "; charset=utf-8", fileName);

    private static string FileSafe(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
