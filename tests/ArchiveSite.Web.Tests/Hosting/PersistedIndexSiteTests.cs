using System.Net;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Versions;
using ArchiveSite.Web.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace ArchiveSite.Web.Tests.Hosting;

/// <summary>The site over an index kept between starts, and over an index artifact served read-only.</summary>
public sealed class PersistedIndexSiteTests : IDisposable
{
    private readonly SeedFolder _folder = new();

    private static string Summary(ArchiveSiteFactory site) =>
        Assert.Single(site.Logs.Messages(LogEventLevel.Information), m => m.StartsWith("Archive ready", StringComparison.Ordinal));

    [Fact]
    public async Task ASecondStartReusesTheIndexAndAChangeUpdatesItInPlace()
    {
        using (var first = _folder.SiteKeepingIndex())
        {
            Assert.Equal(HttpStatusCode.OK, (await first.CreateClient().GetAsync("/documents/112082")).StatusCode);
            Assert.Contains("rebuilt (there is no index yet)", Summary(first), StringComparison.Ordinal);
        }

        using (var second = _folder.SiteKeepingIndex())
        {
            var (_, page) = await Html.GetAsync(second.CreateClient(), "/search?q=Stalin");
            Assert.Equal(2, page.QuerySelectorAll("li.hit").Length);
            Assert.Contains("reused: 0 records indexed", Summary(second), StringComparison.Ordinal);
        }

        File.AppendAllText(_folder.Seed("112079"), "\nA zeppelin was sighted.\n"); // the body is the last section
        using var third = _folder.SiteKeepingIndex();
        var client = third.CreateClient();
        var (_, results) = await Html.GetAsync(client, "/search?q=zeppelin");
        Assert.Contains("/documents/112079", Assert.Single(results.QuerySelectorAll("li.hit")).InnerHtml, StringComparison.Ordinal);
        Assert.Contains("updated: 1 records indexed", Summary(third), StringComparison.Ordinal);
        Assert.Equal(2, (await third.Services.GetRequiredService<ArchiveCatalog>().Current!.VersionsReady).History("112079").Count); // the earlier text is kept
    }

    [Fact]
    public async Task AReadOnlySiteServesTheArtifactWithoutItsDocumentsFolder()
    {
        using (var builder = _folder.SiteKeepingIndex())
        {
            builder.CreateClient();
        }

        using var replica = _folder.SiteKeepingIndex(readOnly: true);
        var client = replica.CreateClient();

        Assert.False(Directory.Exists(Path.Combine(_folder.Root, "no-documents-needed")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112082")).StatusCode);
        var version = replica.Services.GetRequiredService<ArchiveCatalog>().Current!.Entry("112082")!.Version;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/documents/112082/v/{version}")).StatusCode);
        Assert.Contains("(read-only)", Summary(replica), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadOnlySiteWithoutItsVersionStoreDoesNotStart()
    {
        using (var builder = _folder.SiteKeepingIndex())
        {
            builder.CreateClient();
        }

        Directory.Delete(_folder.Versions, recursive: true);
        using var replica = _folder.SiteKeepingIndex(readOnly: true);

        var (exitCode, output) = await replica.StartInItsOwnProcessAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("lacks 2 of the index's texts", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadOnlySiteWithoutAnIndexDoesNotStart()
    {
        using var replica = _folder.SiteKeepingIndex(readOnly: true);

        var (exitCode, output) = await replica.StartInItsOwnProcessAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("build-index", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildIndexBuildsTheArtifactAndExits()
    {
        var (exitCode, output) = await SiteProcess.RunAsync(
            ["build-index", $"--Archive:DocumentsPath={_folder.Documents}", $"--Archive:IndexPath={_folder.Index}", $"--Archive:VersionsPath={_folder.Versions}"]);

        Assert.True(exitCode == 0, $"exit {exitCode}: {output}");
        Assert.Contains("Archive ready: 2 records served", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_folder.Index, IndexManifest.FileName)));
        Assert.True(File.Exists(Path.Combine(_folder.Versions, VersionStore.FileName)));
        Assert.True(File.Exists(Path.Combine(_folder.Index, ServedCatalog.FileName))); // shipped with the artifact
    }

    /// <summary>A kept index above the background threshold, as at 100,000 records: served at once, the folder checked behind it.</summary>
    private ArchiveSiteFactory LargeSite() => new()
    {
        DocumentsPath = _folder.Documents,
        VersionsPath = _folder.Versions,
        Settings = new Dictionary<string, string> { ["Archive:IndexPath"] = _folder.Index, ["Archive:BackgroundIndexThreshold"] = "0" },
    };

    private static async Task<ArchiveCatalog> ReadyAsync(ArchiveSiteFactory site)
    {
        site.CreateClient();
        var catalog = site.Services.GetRequiredService<ArchiveCatalog>();
        await site.Services.GetRequiredService<ArchiveHost>().SettledAsync();
        return catalog;
    }

    private static string[] Described(ArchiveCatalog catalog) =>
        catalog.Current!.Entries.Select(e => $"{e.Id} {e.Version} {e.FirstSeen:O} {string.Join(',', e.Archives)}").ToArray();

    [Fact]
    public async Task ARestartServesTheCatalogueSavedForItsCommitAndGathersItAgainWhenItIsDamaged()
    {
        string[] first;
        using (var site = LargeSite())
        {
            first = Described(await ReadyAsync(site));
        }

        using (var site = LargeSite())
        {
            var catalog = await ReadyAsync(site);
            Assert.Contains("with the catalogue saved beside it", Summary(site), StringComparison.Ordinal);
            Assert.Equal(first, Described(catalog));
            Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/documents/112082")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync($"/documents/112082/v/{catalog.Current!.Entry("112082")!.Version}")).StatusCode);
        }

        var path = Path.Combine(_folder.Index, ServedCatalog.FileName);
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..^5]);
        using (var site = LargeSite())
        {
            var catalog = await ReadyAsync(site);
            Assert.Contains("reused: 0 records indexed", Summary(site), StringComparison.Ordinal); // gathered from the manifest
            Assert.Equal(first, Described(catalog));
        }

        using (var site = LargeSite())
        {
            await ReadyAsync(site);
            Assert.Contains("with the catalogue saved beside it", Summary(site), StringComparison.Ordinal); // saved again
        }
    }

    [Fact]
    public async Task AManifestDamagedPastItsHeadIsRebuiltRatherThanStoppingTheSite()
    {
        using (var site = LargeSite())
        {
            await ReadyAsync(site);
        }

        File.Delete(Path.Combine(_folder.Index, ServedCatalog.FileName));
        var manifest = Path.Combine(_folder.Index, IndexManifest.FileName);
        File.WriteAllBytes(manifest, File.ReadAllBytes(manifest)[..^3]);

        using var again = LargeSite();
        await ReadyAsync(again);

        Assert.Contains("rebuilt (the index manifest", Summary(again), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await again.CreateClient().GetAsync("/documents/112082")).StatusCode);
    }

    public void Dispose() => _folder.Dispose();
}
