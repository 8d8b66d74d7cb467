using System.Text;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Selection;
using ArchiveSite.Web.Http;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// Citation files for reference managers, and a CSV table for spreadsheets: <c>/documents/{id}/citation.bib|.ris|.json|.csv</c>
/// for one record, <c>/search/citations.bib|.ris|.json|.csv?…</c> for a whole result list (the search page's
/// parameters), <c>/selection/citations.…?ids=…</c> for a selection and <c>/correspondence/{a}/{b}/citations.…</c> for a correspondence. Each names the versioned
/// permalink, so the citation leads back to the exact text.
/// </summary>
public static class CitationEndpoints
{
    private static readonly Dictionary<string, (string MediaType, Func<IEnumerable<CitationContext>, SiteIdentity, string> Write)> Formats = new(StringComparer.Ordinal)
    {
        ["bib"] = ("application/x-bibtex", (records, _) => CitationExports.BibTeX(records)),
        ["ris"] = ("application/x-research-info-systems", (records, _) => CitationExports.Ris(records)),
        ["json"] = ("application/vnd.citationstyles.csl+json", (records, _) => CitationExports.CslJson(records)),
        // RFC 4180's media type; the header line is always there (RFC 7111's header=present).
        ["csv"] = ("text/csv", (records, site) => CsvExport.Write(records, site.Permalink)),
    };

    /// <summary>Maps the citation downloads.</summary>
    public static IEndpointRouteBuilder MapCitations(this IEndpointRouteBuilder app)
    {
        app.MapGet("/documents/{id}/citation.{format}", OneRecord).ExcludeFromDescription().RequireRateLimiting(RateLimits.Exports);
        app.MapGet("/search/citations.{format}", ResultList).ExcludeFromDescription().RequireRateLimiting(RateLimits.Exports);
        app.MapGet("/selection/citations.{format}", Selected).ExcludeFromDescription().RequireRateLimiting(RateLimits.Exports);
        app.MapGet("/correspondence/{a}/{b}/citations.{format}", Correspondence).ExcludeFromDescription().RequireRateLimiting(RateLimits.Exports);
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

        return File(writer.Write([one.Context], SiteAddress.Identity(request, options)), writer.MediaType, $"archivesite-{FileSafe(id)}.{format}");
    }

    private static IResult ResultList(string format, HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        if (!Formats.TryGetValue(format, out var writer))
        {
            return Results.NotFound();
        }

        var site = SiteAddress.Identity(request, options);
        var (contexts, error) = CitationFiles.List(archive, SearchQueryString.Read(request, SearchRequest.MaxPageSize), site, SiteAddress.Today);
        return error is not null
            ? Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "The search could not run")
            : File(writer.Write(contexts, site), writer.MediaType, $"archivesite-search.{format}");
    }

    /// <summary>A selection's documents (<c>?ids=…</c>), in its order; ids no document has are left out, as the selection page lists them.</summary>
    private static IResult Selected(string format, HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        if (!Formats.TryGetValue(format, out var writer))
        {
            return Results.NotFound();
        }

        var list = SelectionList.Parse(SearchQueryString.Value(request, "ids"));
        if (list.Count == 0)
        {
            return Results.Problem("The selection is empty: give the documents' ids, separated by commas, as ?ids=112082,112079.", statusCode: StatusCodes.Status400BadRequest, title: "No documents selected");
        }

        var site = SiteAddress.Identity(request, options);
        var (contexts, _) = SelectionPage.Contexts(archive, list, site, SiteAddress.Today);
        return File(writer.Write(contexts, site), writer.MediaType, $"archivesite-selection.{format}");
    }

    /// <summary>Every document of a correspondence between two people, in date order: the whole of it, however long.</summary>
    private static IResult Correspondence(string a, string b, string format, HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        if (!Formats.TryGetValue(format, out var writer))
        {
            return Results.NotFound();
        }

        var site = SiteAddress.Identity(request, options);
        if (CitationFiles.Correspondence(archive, a, b, site, SiteAddress.Today) is not { } contexts)
        {
            return Results.Problem($"There is no correspondence between '{a}' and '{b}': each id must be a person's page id (/people/{{id}}), and the two must differ.",
                statusCode: StatusCodes.Status404NotFound, title: "No such correspondence");
        }

        return File(writer.Write(contexts, site), writer.MediaType, $"archivesite-correspondence-{FileSafe(a)}-{FileSafe(b)}.{format}");
    }

    /// <summary>
    /// The file in UTF-8; a CSV file with a byte order mark, without which spreadsheet programs read
    /// it in the machine's code page and garble every Cyrillic name (the citation formats' readers need none).
    /// </summary>
    private static IResult File(string text, string mediaType, string fileName) =>
        Results.File(
            mediaType == "text/csv" ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)] : Encoding.UTF8.GetBytes(text),
            mediaType + "; charset=utf-8",
            fileName);

    private static string FileSafe(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
}
