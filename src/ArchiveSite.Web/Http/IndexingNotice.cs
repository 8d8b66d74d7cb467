using System.Globalization;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Web.Http;

/// <summary>
/// While a first build of a large corpus runs in the background, every page and endpoint answers
/// 503 Service Unavailable with Retry-After and a short page saying how far indexing has got:
/// the site answers at once, and no one (researcher, crawler, load balancer) mistakes a record
/// not yet indexed for one that does not exist. Static files are served before this runs. The
/// same holds while a damaged index is rebuilt (<see cref="IndexFaultNotice"/>), and a request
/// that meets damage in the index answers 503 too, never 500, and has the index checked.
/// </summary>
public static class IndexingNotice
{
    /// <summary>Answers every request with the notice until the catalogue is ready.</summary>
    public static IApplicationBuilder UseIndexingNotice(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Health checks answer for themselves, and must not wait for the catalogue.
        if (context.GetEndpoint()?.Metadata.GetMetadata<ServedWhileIndexing>() is not null)
        {
            await next(context);
            return;
        }

        // A request that arrives while the archive opens waits for it (without holding a thread):
        // the notice is for a background build, not for the seconds a start takes.
        var catalog = context.RequestServices.GetRequiredService<ArchiveCatalog>();
        await catalog.Opened.ContinueWith(_ => { }, TaskScheduler.Default);
        if (catalog.IsReady)
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (IndexDamage.IsDamage(ex) && !context.Response.HasStarted)
            {
                // Damage no check had found yet (a damaged terms file answers most searches and
                // throws on one): a clear 503, and the index checked whole, once.
                catalog.ReportDamage(ex);
                context.Response.Clear(); // what the page had set (validators, caching) is not this answer's
                await IndexFaultNotice.AnswerAsync(context, IndexFaultNotice.RequestRetrySeconds, IndexFaultNotice.RequestPage());
            }

            return;
        }

        if (catalog.Fault is not null)
        {
            var wait = IndexFaultNotice.RetryAfterSeconds(catalog);
            await IndexFaultNotice.AnswerAsync(context, wait, IndexFaultNotice.Page(catalog, wait));
            return;
        }

        var progress = catalog.Progress;
        var retry = RetryAfterSeconds(progress);
        await IndexFaultNotice.AnswerAsync(context, retry, Page(progress, retry));
    });

    /// <summary>
    /// When to ask again: the time the last step has left at its own rate so far, between 5 seconds
    /// and 2 minutes; 30 seconds while there is no such rate (reading the files, which a rebuild
    /// follows with linking and adding letters, and the first seconds of a step).
    /// </summary>
    public static int RetryAfterSeconds(IndexProgress? progress) =>
        progress is { Step: IndexStep.Adding, Left: { } left } ? (int)Math.Clamp(left.TotalSeconds, 5, 120) : 30;

    /// <summary>
    /// How far indexing has got, in a sentence: numbers only (nothing from the request). A time left
    /// is given only for the step that ends the build, at that step's own rate: reading the files
    /// is followed by steps whose length the reading cannot tell.
    /// </summary>
    public static string Status(IndexProgress? progress, int retrySeconds) => progress switch
    {
        null => "Indexing is starting.",
        { Step: IndexStep.Reading, Done: 0 } => string.Create(CultureInfo.InvariantCulture, $"Indexing is starting: {progress.Total:N0} record files to read."),
        { Step: IndexStep.Reading } => string.Create(CultureInfo.InvariantCulture, $"Reading and indexing the record files: {progress.Done:N0} of {progress.Total:N0}."),
        { Step: IndexStep.Linking } => string.Create(CultureInfo.InvariantCulture, $"Every record file is read; linking the replies between {progress.Total:N0} letters."),
        _ when progress.Done >= progress.Total => string.Create(CultureInfo.InvariantCulture, $"All {progress.Total:N0} records are indexed; saving the index."),
        { Left: null } => string.Create(CultureInfo.InvariantCulture, $"Indexing records: {progress.Done:N0} of {progress.Total:N0}."),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"Indexing records: {progress.Done:N0} of {progress.Total:N0} ({progress.RecordsPerSecond:N0} a second, about {retrySeconds:N0} seconds left)."),
    };

    /// <summary>How often the notice reloads itself: with the time left, but at least every 15 seconds, so the page follows the work.</summary>
    public static int RefreshSeconds(int retrySeconds) => Math.Clamp(retrySeconds, 5, 15);

    /// <summary>The notice: the site's header and stylesheet, numbers only (nothing from the request); it reloads itself.</summary>
    public static string Page(IndexProgress? progress, int retrySeconds)
    {
        return PlainPage.Html("Being indexed", "The archive is being indexed", Status(progress, retrySeconds),
            "The site started on a new or changed corpus and is building its search index. Every page, permalink and search will answer as soon as it is done; this page reloads itself until then.",
            RefreshSeconds(retrySeconds));
    }
}
