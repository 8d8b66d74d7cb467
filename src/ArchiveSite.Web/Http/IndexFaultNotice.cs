using System.Globalization;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Web.Http;

/// <summary>
/// What the site answers when its index is damaged: 503 Service Unavailable with Retry-After and a
/// short page, never a 500. Three moments: a request that met damage before it was known (the index
/// is checked at once; <see cref="RequestRetrySeconds"/>), damage being repaired (the index is
/// rebuilt from the documents folder; Retry-After from the rebuild's progress), and damage a
/// read-only replica cannot repair (until a good artifact is shipped). The pages say what a
/// researcher needs; the file's name goes to <c>/readyz</c> and the log, its path to the log alone.
/// </summary>
public static class IndexFaultNotice
{
    /// <summary>When a request that met damage should ask again: long enough for the check to find it.</summary>
    public const int RequestRetrySeconds = 30;

    /// <summary>When a replica that cannot repair its index should be asked again: the balancer has moved on meanwhile.</summary>
    public const int ReplicaRetrySeconds = 300;

    /// <summary>When to ask a site whose index is damaged again.</summary>
    public static int RetryAfterSeconds(ArchiveCatalog catalog) =>
        catalog.CanRepair ? IndexingNotice.RetryAfterSeconds(catalog.Progress) : ReplicaRetrySeconds;

    /// <summary>For <c>/readyz</c>: the damaged file (not its path) and what the site does about it.</summary>
    public static string Status(ArchiveCatalog catalog, IndexFault fault, int retrySeconds) => catalog.CanRepair
        ? $"the index is damaged ({Where(fault)}) and is being rebuilt from the documents folder: {IndexingNotice.Status(catalog.Progress, retrySeconds)}"
        : $"the index is damaged ({Where(fault)}) and this read-only replica cannot rebuild it: ship a good artifact (check it with the verify command) and restart the replica";

    /// <summary>The page every request gets while the index is damaged.</summary>
    public static string Page(ArchiveCatalog catalog, int retrySeconds) => catalog.CanRepair
        ? PlainPage.Html("Being repaired", "The archive's index is being rebuilt",
            IndexingNotice.Status(catalog.Progress, retrySeconds),
            "The site found its search index damaged and is building it again from the record files. Every page, permalink and search will answer as soon as it is done; this page reloads itself until then.",
            IndexingNotice.RefreshSeconds(retrySeconds))
        : PlainPage.Html("Unavailable", "This copy of the archive is unavailable",
            "Its search index is damaged.",
            "This server cannot show the archive until its index is replaced. Please try again later.");

    /// <summary>The page of a request that met damage before it was known: the index is being checked.</summary>
    public static string RequestPage() =>
        PlainPage.Html("Unavailable", "This page could not be read",
            string.Create(CultureInfo.InvariantCulture, $"Please try again in {RequestRetrySeconds} seconds."),
            "The archive could not read its search index for this page. The index is being checked, and rebuilt if it is damaged.");

    /// <summary>Answers the request with <paramref name="html"/>: 503, Retry-After, never stored.</summary>
    public static async Task AnswerAsync(HttpContext context, int retrySeconds, string html)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = retrySeconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "text/html; charset=utf-8";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.WriteAsync(html);
        }
    }

    private static string Where(IndexFault fault) => fault.Segment is null ? fault.File : $"{fault.File}, segment {fault.Segment}";
}
