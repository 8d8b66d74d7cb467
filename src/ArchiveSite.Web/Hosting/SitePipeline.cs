using ArchiveSite.Web.Endpoints;
using ArchiveSite.Web.Http;
using Serilog;

namespace ArchiveSite.Web.Hosting;

/// <summary>The request pipeline, in its order, and every address the site answers.</summary>
public static class SitePipeline
{
    /// <summary>Adds the middleware and maps the pages and endpoints.</summary>
    public static WebApplication UseArchiveSite(this WebApplication app)
    {
        // First: everything after it that reads the client's address or the scheme (HSTS, the output
        // cache's key, the rate limiter's buckets, anything a request logs) must see the visitor's, not the proxy's.
        app.UseForwardedClient();
        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.UseExceptionHandler("/error");
        // After the exception handler, which clears the response's headers and runs the rest of the
        // pipeline again for the error page: HSTS is then set again.
        app.UseHsts();
        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseSerilogRequestLogging(options =>
        {
            // The host's logger, configured from appsettings: left unset, the middleware writes to the
            // static bootstrap logger, which ignores the configured levels and sinks.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // A 503 while a first build runs is the site working as designed (IndexingNotice), not an error.
            options.GetLevel = (context, _, exception) =>
                exception is not null || (context.Response.StatusCode >= 500 && context.Response.StatusCode != StatusCodes.Status503ServiceUnavailable)
                    ? Serilog.Events.LogEventLevel.Error
                    : Serilog.Events.LogEventLevel.Information;
        });
        app.UseReadOnlyMethods();
        app.UseOutputCache();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Stylesheet and script links carry a content hash (asp-append-version): those may be kept
            // for a year; anything linked without one is checked again after an hour.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Query.ContainsKey("v") ? "public, max-age=31536000, immutable" : "public, max-age=3600",
        });
        app.UseIndexingNotice();
        app.UseRateLimiter();
        app.MapRazorPages().CacheOutput(OutputCachePolicies.Pages);
        // The endpoints other than pages, in one group so that each answers HEAD as well as GET.
        var endpoints = app.MapGroup("").AnswerHeadLikeGet();
        endpoints.MapOai();
        endpoints.MapCitations();
        endpoints.MapApi();
        endpoints.MapQuoteApi();
        endpoints.MapDiscovery();
        endpoints.MapSearchFeed();
        endpoints.MapOpenApi();
        endpoints.MapHealth();
        return app;
    }
}
