using System.Net;
using ArchiveSite.Core.Archive;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSite.Web.Tests.Hosting;

/// <summary>Records added, changed or removed while the site runs are served without a restart.</summary>
public sealed class LiveReloadTests : IDisposable
{
    private readonly SeedFolder _folder = new();

    private ArchiveSiteFactory Site(bool watch, int rescanSeconds) => new()
    {
        DocumentsPath = _folder.Documents,
        VersionsPath = _folder.Versions,
        Settings = new Dictionary<string, string>
        {
            ["Archive:IndexPath"] = _folder.Index,
            ["Archive:WatchDocuments"] = watch ? "true" : "false",
            ["Archive:RescanSeconds"] = rescanSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Archive:ReloadDelayMilliseconds"] = "100",
        },
    };

    /// <summary>Waits for <paramref name="condition"/>; the limit only keeps a broken reload from hanging the suite.</summary>
    private static async Task EventuallyAsync(string what, Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Not seen within a minute: {what}");
            await Task.Delay(100);
        }
    }

    private static async Task<int> HitsAsync(HttpClient client, string query) =>
        (await Html.GetAsync(client, $"/search?q={query}")).Document.QuerySelectorAll("li.hit").Length;

    [Fact]
    public async Task AChangedRecordABrokenFileAndARemovedRecordAreNoticedWhileTheSiteServes()
    {
        using var site = Site(watch: true, rescanSeconds: 0);
        var client = site.CreateClient();
        var catalog = site.Services.GetRequiredService<ArchiveCatalog>();
        Assert.Equal(0, await HitsAsync(client, "zeppelin"));

        File.AppendAllText(_folder.Seed("112079"), "\nA zeppelin was sighted.\n");
        await EventuallyAsync("the changed record found by its new word", async () => await HitsAsync(client, "zeppelin") == 1);
        Assert.Equal(2, (await catalog.Current!.VersionsReady).History("112079").Count);

        File.WriteAllText(Path.Combine(_folder.Documents, "broken.txt"), "not a record\n");
        await EventuallyAsync("the broken file reported by name", () => Task.FromResult(catalog.Current!.Rejections.Any(r => r.File == "broken.txt")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112082")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112079")).StatusCode);

        File.Delete(_folder.Seed("112079"));
        await EventuallyAsync("the removed record gone", async () => (await client.GetAsync("/documents/112079")).StatusCode == HttpStatusCode.Gone);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112082")).StatusCode);
        // Reported once, when it appeared, not again at every reload after.
        Assert.Single(site.Logs.Messages(Serilog.Events.LogEventLevel.Warning), m => m.StartsWith("Rejected", StringComparison.Ordinal) && m.Contains("broken.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAWatcherThePeriodicRescanFindsTheChange()
    {
        using var site = Site(watch: false, rescanSeconds: 1);
        var client = site.CreateClient();

        File.AppendAllText(_folder.Seed("112079"), "\nA zeppelin was sighted.\n");

        await EventuallyAsync("the change found by the rescan", async () => await HitsAsync(client, "zeppelin") == 1);
    }

    [Fact]
    public async Task WithNeitherWatcherNorRescanTheIndexStaysAsStarted()
    {
        using var site = Site(watch: false, rescanSeconds: 0);
        var client = site.CreateClient();

        File.AppendAllText(_folder.Seed("112079"), "\nA zeppelin was sighted.\n");
        site.Services.GetRequiredService<ArchiveCatalog>().Reload(CancellationToken.None); // what the watcher would have asked for

        Assert.Equal(1, await HitsAsync(client, "zeppelin"));
    }

    public void Dispose() => _folder.Dispose();
}
