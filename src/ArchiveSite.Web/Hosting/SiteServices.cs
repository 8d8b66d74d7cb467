using ArchiveSite.Core.Archive;
using ArchiveSite.Web.Http;
using Serilog;

namespace ArchiveSite.Web.Hosting;

/// <summary>Every service the site registers, in one place: logging, the server's headers, pages, the archive, the proxies believed, limits, compression, caching, OpenAPI.</summary>
public static class SiteServices
{
    /// <summary>Configures the site's services on <paramref name="builder"/>.</summary>
    public static WebApplicationBuilder AddArchiveSite(this WebApplicationBuilder builder)
    {
        if (!File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
        {
            // Started from another folder than the site's own: no logging configuration (so no log at
            // all past this line) and no stylesheet. Say so rather than run silently without them.
            Log.Warning("No appsettings.json in the content root {ContentRoot}: the site will log nothing and serve no static files. Start it from its published folder, or pass --contentRoot=FOLDER",
                builder.Environment.ContentRootPath);
        }

        var services = builder.Services;
        // Each host gets a logger of its own (preserveStaticLogger): the static bootstrap logger is
        // for startup failures only, so several hosts in one process (as in the tests) never share sinks.
        services.AddSerilog((provider, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(provider), preserveStaticLogger: true);
        // No "Server: Kestrel" banner: it tells an attacker what to try and a visitor nothing.
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
        // A year, the usual figure for a site that is HTTPS for good; sent only over HTTPS, and never
        // to localhost or 127.0.0.1 (HstsOptions' excluded hosts), so plain-http loopback is unaffected.
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddRazorPages();
        // Records are in many scripts; encode only what HTML requires, not every non-ASCII letter.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddArchive();
        services.AddForwardedClient();
        services.AddArchiveRateLimits();
        services.AddArchiveCompression();
        // Pages are pure functions of the catalogue and the query string: cache what was rendered for
        // a few minutes, keyed by the whole query string, so a popular search or document is rendered once.
        services.AddOutputCache(options =>
        {
            // Varied by the catalogue's generation as well as evicted on a reload: a page whose
            // rendering began before a reload and ended after the eviction would otherwise be stored
            // and served, from the old state, for the rest of its five minutes.
            options.AddPolicy(OutputCachePolicies.Pages, policy => policy.Expire(TimeSpan.FromMinutes(5)).SetVaryByQuery("*").Tag(OutputCachePolicies.CatalogTag)
                .VaryByValue(context => new KeyValuePair<string, string>("catalog", CacheGeneration(context.RequestServices.GetRequiredService<ArchiveCatalog>()))));
            // Enough for the pages in demand; more mostly holds one-off searches and costs the process
            // its memory target (docs/performance.md: a full 64 MB cache under uncached load).
            options.SizeLimit = 32 * 1024 * 1024;
        });
        services.AddArchiveOpenApi();
        return builder;
    }

    /// <summary>
    /// The state cached pages are keyed by: the snapshot's generation, or none while the index is
    /// damaged, so that no page rendered from it before the damage was found is served from the cache
    /// while it is rebuilt (nothing is stored under none: every answer then is a 503).
    /// </summary>
    private static string CacheGeneration(ArchiveCatalog catalog) =>
        (catalog.IsReady ? catalog.Current?.Generation ?? 0 : 0).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Text compresses five- to tenfold; Brotli first for browsers that take it, gzip for the rest, both at their fastest.</summary>
    private static IServiceCollection AddArchiveCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(
            [
                "application/atom+xml", "application/opensearchdescription+xml", "application/problem+json", "application/jsonl",
                "application/x-bibtex", "application/x-research-info-systems", "application/vnd.citationstyles.csl+json", "image/svg+xml",
            ]);
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    private static IServiceCollection AddArchiveOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "ArchiveSite API";
            document.Info.Description = "Read-only access to the archive's records: list, fetch whole (with every version), and search with the search page's syntax. Documented in docs/api.md.";
            // Every GET also answers HEAD (AnswerHeadLikeGet); listed, each would be a second operation
            // under the same operationId, which OpenAPI forbids. docs/api.md says HEAD works everywhere.
            foreach (var path in document.Paths.Values.OfType<Microsoft.OpenApi.OpenApiPathItem>())
            {
                path.Operations?.Remove(HttpMethod.Head);
            }

            return Task.CompletedTask;
        }));
}
