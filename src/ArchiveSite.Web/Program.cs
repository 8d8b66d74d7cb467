using ArchiveSite.Web.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

// "verify": check an index folder offline and exit with what it found (VerifyCommand.ExitCode).
if (args is ["verify", ..])
{
    return VerifyCommand.Run(args[1..], Console.Out);
}

// "build-index": open the archive as the site would (building or updating the index and the
// version store), then exit, so the index can be built once and shipped to read-only replicas.
var buildIndexOnly = args is ["build-index", ..];

// The shipped names authority (a pattern for every variant of every name) is the first thing the
// archive needs and takes a tenth of a second or more to load: load it on the other core while
// the host is built.
_ = Task.Run(() => ArchiveSite.Core.Names.NameAuthority.Default);
try
{
    var app = WebApplication.CreateBuilder(buildIndexOnly ? args[1..] : args).AddArchiveSite().Build();
    var archive = app.Services.GetRequiredService<ArchiveHost>();
    archive.StartOpening();
    app.UseArchiveSite();
    if (buildIndexOnly)
    {
        await archive.BuildAsync();
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
