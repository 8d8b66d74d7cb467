using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Tests.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Serilog.Core;
using Serilog.Events;

namespace ArchiveSite.Web.Tests;

/// <summary>
/// The site in memory, on the shipped seeds unless told otherwise, with its index in a private
/// temporary folder and every log event collected for assertions.
/// </summary>
public class ArchiveSiteFactory : WebApplicationFactory<Program>
{
    // Index and version store in one private folder, removed with the factory.
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archivesite-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The documents folder; null for the default (the seeds).</summary>
    public string? DocumentsPath { get; init; }

    /// <summary>An archivist's names authority file (Archive:NamesPath); null for none.</summary>
    public string? NamesPath { get; init; }

    /// <summary>The version store folder; null for one of the factory's own, removed with it.</summary>
    public string? VersionsPath { get; init; }

    /// <summary>What the index's writes meet (a full disk, a gate that holds them); null for a disk as it is.</summary>
    internal WriteFaults? Writes { get; init; }

    /// <summary>More configuration, as key and value (<c>Archive:OaiPageSize</c> → <c>1</c>).</summary>
    public IReadOnlyDictionary<string, string> Settings { get; init; } = new Dictionary<string, string>();

    /// <summary>Every log event the site wrote.</summary>
    public LogCollector Logs { get; } = new();

    /// <summary>The configuration the factory gives the site, in the order it is applied (later wins).</summary>
    private IEnumerable<(string Key, string Value)> SiteSettings()
    {
        yield return ("Archive:IndexPath", Path.Combine(_folder, "index"));
        yield return ("Archive:VersionsPath", VersionsPath ?? Path.Combine(_folder, "versions"));
        // Live reload off unless a test turns it on (LiveReloadTests): tests change their folders
        // while a site runs (a named pipe that holds a build at a known point, say) and assert on
        // exactly what one start logged.
        yield return ("Archive:WatchDocuments", "false");
        yield return ("Archive:RescanSeconds", "0");
        // Every request of a test comes from one address: limits no test reaches, so the limiter
        // still runs on every search and export. RateLimitTests set small ones through Settings.
        foreach (var policy in new[] { "Search", "Exports" })
        {
            yield return ($"RateLimits:{policy}:Burst", "100000");
            yield return ($"RateLimits:{policy}:PerMinute", "100000");
        }

        foreach (var (key, value) in Settings)
        {
            yield return (key, value);
        }

        if (DocumentsPath is not null)
        {
            yield return ("Archive:DocumentsPath", DocumentsPath);
        }

        if (NamesPath is not null)
        {
            yield return ("Archive:NamesPath", NamesPath);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in SiteSettings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton<IStartupFilter, ThrowingEndpointFilter>();
            if (Writes is { } faults)
            {
                // The catalogue as the site registers it, its index writes going through the faults.
                services.AddSingleton(sp => new ArchiveCatalog(
                    sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.ToSettings() with { Writes = faults.Wrap },
                    sp.GetRequiredService<ILogger<ArchiveCatalog>>()));
            }
        });
    }

    /// <summary>
    /// Starts the site with the factory's configuration as an operator would, in its own process
    /// (<c>dotnet ArchiveSite.Web.dll</c> on 127.0.0.1), for a start that must fail: waits for it to
    /// exit and returns its exit code and everything it wrote. In memory, WebApplicationFactory
    /// loses the race with a start that fails fast: the site disposes its host before the factory
    /// asks it for its lifetime, and an ObjectDisposedException is all the test would see.
    /// </summary>
    public Task<(int ExitCode, string Output)> StartInItsOwnProcessAsync() =>
        SiteProcess.RunAsync([.. SiteSettings().Select(s => $"--{s.Key}={s.Value}"), "--urls=http://127.0.0.1:0"]);

    /// <summary>Serves the site on Kestrel at a free port of 127.0.0.1 (not the in-memory server); returns its address, e.g. http://127.0.0.1:41234.</summary>
    public string StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>Collects log events; Serilog picks it up through ReadFrom.Services.</summary>
    public sealed class LogCollector : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> _events = new();

        public IReadOnlyCollection<LogEvent> Events => _events;

        public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

        /// <summary>True once an event matches, polling for up to five seconds.</summary>
        public async Task<bool> WaitForAsync(Func<LogEvent, bool> match)
        {
            for (var waited = 0; waited < 5000; waited += 50)
            {
                if (_events.Any(match))
                {
                    return true;
                }

                await Task.Delay(50);
            }

            return _events.Any(match);
        }

        public IEnumerable<string> Messages(LogEventLevel level) =>
            _events.Where(e => e.Level == level).Select(e => e.RenderMessage());
    }

    /// <summary>
    /// Routes that fail on purpose: one to prove that errors reach the friendly page and the log
    /// only, one that throws what Lucene throws on a damaged file (<see cref="DamagePath"/>).
    /// </summary>
    private sealed class ThrowingEndpointFilter : IStartupFilter
    {
        public const string Path = "/__test/throw";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((HttpContext context, Func<Task> nextMiddleware) => context.Request.Path.Value switch
            {
                Path => throw new InvalidOperationException("Deliberate failure with a secret detail: hunter2"),
                DamagePath => throw new Lucene.Net.Index.CorruptIndexException("checksum failed (hardware problem?) : expected=1 actual=2 (resource=BufferedChecksumIndexInput(MMapIndexInput(path=\"/srv/index/_0_Lucene41_0.tim\")))"),
                _ => nextMiddleware(),
            });
        };
    }

    /// <summary>A route that throws Lucene's CorruptIndexException, as a request reading a damaged terms file does.</summary>
    public const string DamagePath = "/__test/damaged-index";
}
