using ArchiveSite.Web;
using ArchiveSite.Web.Endpoints;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

// "build-index": open the archive as the site would (building or updating the index and the
// version store), then exit, so the index can be built once and shipped to read-only replicas.
var buildIndexOnly = args is ["build-index", ..];

// The shipped names authority (a pattern for every variant of every name) is the first thing the
// archive needs and takes a tenth of a second or more to load: load it on the other
// core while the host is built.
_ = Task.Run(() => ArchiveSite.Core.Names.NameAuthority.Default);
try
{
    var builder = WebApplication.CreateBuilder(buildIndexOnly ? args[1..] : args);
    if (!File.Exists(Path.Combine(builder.Environment.ContentRootPath, "appsettings.json")))
    {
        // Started from another folder than the site's own: no logging configuration (so no log at
        // all past this line) and no stylesheet. Say so rather than run silently without them.
        Log.Warning("No appsettings.json in the content root {ContentRoot}: the site will log nothing and serve no static files. Start it from its published folder, or pass --contentRoot=FOLDER",
            builder.Environment.ContentRootPath);
    }

    // Each host gets a logger of its own (preserveStaticLogger): the static bootstrap logger is
    // for startup failures only, so several hosts in one process (as in the tests) never share sinks.
    builder.Services.AddSerilog(
        (services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services),
        preserveStaticLogger: true);
    // No "Server: Kestrel" banner: it tells an attacker what to try and a visitor nothing.
    builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);
    // A year, the usual figure for a site that is HTTPS for good; sent only over HTTPS, and never
    // to localhost or 127.0.0.1 (HstsOptions' excluded hosts), so plain-http loopback is unaffected.
    builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
    builder.Services.AddRazorPages();
    // Records are in many scripts; encode only what HTML requires, not every non-ASCII letter.
    builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
        o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
    builder.Services.AddArchive();
    builder.Services.AddArchiveRateLimits();
    // Text compresses five- to tenfold; Brotli first for browsers that take it, gzip for the rest.
    builder.Services.AddResponseCompression(options =>
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
    // Pages are pure functions of the catalogue and the query string: cache what was rendered for
    // a few minutes, keyed by the whole query string, so a popular search or document is rendered once.
    builder.Services.AddOutputCache(options =>
    {
        // Varied by the catalogue's generation as well as evicted on a reload: a page whose
        // rendering began before a reload and ended after the eviction would otherwise be stored
        // and served, from the old state, for the rest of its five minutes.
        options.AddPolicy(OutputCachePolicies.Pages, policy => policy.Expire(TimeSpan.FromMinutes(5)).SetVaryByQuery("*").Tag(OutputCachePolicies.CatalogTag)
            .VaryByValue(context => new KeyValuePair<string, string>(
                "catalog", context.RequestServices.GetRequiredService<ArchiveCatalog>().Generation.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        // Enough for the pages in demand; more mostly holds one-off searches and costs the process
        // its memory target (docs/performance.md: a full 64 MB cache under uncached load).
        options.SizeLimit = 32 * 1024 * 1024;
    });
    builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
    builder.Services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
    builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
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

    var app = builder.Build();
    var opening = app.Services.GetRequiredService<ArchiveOpening>().Begin();
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
    endpoints.MapDiscovery();
    endpoints.MapOpenApi();
    endpoints.MapHealth();

    if (buildIndexOnly)
    {
        (await opening).WaitUntilReady();
        await app.DisposeAsync();
        return 0;
    }

    app.Run();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "ArchiveSite could not start: {Reason}", ex.Message);
    throw;
}
finally
{
    Log.CloseAndFlush();
}
