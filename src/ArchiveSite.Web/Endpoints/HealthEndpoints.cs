using System.Globalization;
using ArchiveSite.Core.Archive;
using ArchiveSite.Web.Http;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// Health checks for load balancers and orchestrators. <c>/healthz</c>: the process serves
/// (liveness; it never touches the archive, so a long first build does not get the process killed).
/// <c>/readyz</c>: the archive is open and indexed, so every page can be answered (readiness);
/// 503 with the reason and <c>Retry-After</c> while it is being opened or indexed, or while its
/// index is damaged (naming the file: being rebuilt, or on a read-only replica, for good until a
/// good artifact is shipped). Neither is held by the indexing notice or a rate limit, and neither
/// is cached anywhere.
/// </summary>
public static class HealthEndpoints
{
    /// <summary>Maps <c>/healthz</c> and <c>/readyz</c>.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", Live).ExcludeFromDescription().WithMetadata(ServedWhileIndexing.Instance);
        app.MapGet("/readyz", Ready).ExcludeFromDescription().WithMetadata(ServedWhileIndexing.Instance);
        return app;
    }

    private static IResult Live(HttpContext context) => Answer(context, StatusCodes.Status200OK, "alive");

    private static IResult Ready(HttpContext context, ArchiveCatalog catalog)
    {
        if (!catalog.Opened.IsCompletedSuccessfully)
        {
            // A start that fails stops the process; until then, the archive is being opened.
            context.Response.Headers.RetryAfter = "5";
            return Answer(context, StatusCodes.Status503ServiceUnavailable, "not ready: the archive is being opened");
        }

        if (catalog.Fault is { } fault)
        {
            var wait = IndexFaultNotice.RetryAfterSeconds(catalog);
            context.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
            return Answer(context, StatusCodes.Status503ServiceUnavailable, "not ready: " + IndexFaultNotice.Status(catalog, fault, wait));
        }

        if (catalog.Current is not { } snapshot)
        {
            var progress = catalog.Progress;
            var retry = IndexingNotice.RetryAfterSeconds(progress);
            context.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
            return Answer(context, StatusCodes.Status503ServiceUnavailable, "not ready: " + IndexingNotice.Status(progress, retry));
        }

        return Answer(context, StatusCodes.Status200OK, string.Create(CultureInfo.InvariantCulture, $"ready: {snapshot.Entries.Count} records") + VersionStoreNote(snapshot));
    }

    /// <summary>
    /// Damage found in the version store, said beside "ready" rather than as a 503: every current
    /// page is served from the index, and every replica shares the one store, so taking them out of
    /// the balancer would serve nothing at all. The log names each line and record.
    /// </summary>
    private static string VersionStoreNote(ArchiveSnapshot snapshot)
    {
        if (!snapshot.VersionsReady.IsCompletedSuccessfully || snapshot.VersionsReady.Result is not { Damaged.Count: > 0 } store)
        {
            return "";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"; version store: {store.Damaged.Count} damaged line{(store.Damaged.Count == 1 ? "" : "s")}, {store.Unrepaired.Count} of them with no good copy of the text (the versioned permalink of such a text answers 410; the log names each line and record)");
    }

    private static IResult Answer(HttpContext context, int status, string text)
    {
        // A probe must see this moment's answer, never a proxy's or browser's copy.
        context.Response.Headers.CacheControl = "no-store";
        return Results.Text(text + "\n", "text/plain", System.Text.Encoding.UTF8, status);
    }
}
