using ArchiveSite.Web;
using ArchiveSite.Web.Endpoints;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    // Each host gets a logger of its own (preserveStaticLogger): the static bootstrap logger is
    // for startup failures only, so several hosts in one process (as in the tests) never share sinks.
    builder.Services.AddSerilog(
        (services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services),
        preserveStaticLogger: true);
    builder.Services.AddRazorPages();
    // Records are in many scripts; encode only what HTML requires, not every non-ASCII letter.
    builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
        o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
    builder.Services.AddArchive();
    builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
    {
        document.Info.Title = "ArchiveSite API";
        document.Info.Description = "Read-only access to the archive's records: list, fetch whole (with every version), and search with the search page's syntax. Documented in docs/api.md.";
        return Task.CompletedTask;
    }));

    var app = builder.Build();
    app.UseExceptionHandler("/error");
    app.UseStatusCodePagesWithReExecute("/status/{0}");
    app.UseSerilogRequestLogging();
    app.UseStaticFiles();
    app.MapRazorPages();
    app.MapOai();
    app.MapCitations();
    app.MapApi();
    app.MapDiscovery();
    app.MapOpenApi();

    // Load and index before the first request, so startup fails loudly on a missing folder.
    app.Services.GetRequiredService<ArchiveCatalog>();
    app.Run();
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
