using System.Net;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Tests;
using ArchiveSite.Core.Tests.Search.Indexing;
using ArchiveSite.Core.Tests.Versions;
using ArchiveSite.Core.Versions;
using ArchiveSite.Web.Hosting;
using ArchiveSite.Web.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace ArchiveSite.Web.Tests.Hosting;

/// <summary>
/// The site over a copy of its index damaged the ways disks and copies damage files (issue 19):
/// every damage is named in the log (and in <c>/readyz</c> while the site is degraded), no request
/// answers 5xx but a deliberate 503 with Retry-After, and once the index is rebuilt every record
/// served before is served again. A read-only replica, which cannot rebuild, answers 503 instead.
/// </summary>
public sealed class DamagedIndexSiteTests : IDisposable
{
    private static readonly string[] Paths =
        ["/", "/search?q=Stalin", "/search?q=Moscow", "/documents/112082", "/documents/112079", "/api/documents", "/oai?verb=ListIdentifiers&metadataPrefix=oai_dc", "/sitemap.xml"];

    private readonly SeedFolder _folder = new();

    /// <summary>A site keeping its index in the seed folder, served as last committed (as at 100,000 records) and checked once it serves.</summary>
    private ArchiveSiteFactory Site(WriteFaults? writes = null, bool readOnly = false) => new()
    {
        DocumentsPath = readOnly ? Path.Combine(_folder.Root, "no-documents-needed") : _folder.Documents,
        VersionsPath = _folder.Versions,
        Writes = writes,
        Settings = new Dictionary<string, string>
        {
            ["Archive:IndexPath"] = _folder.Index,
            ["Archive:ReadOnly"] = readOnly ? "true" : "false",
            ["Archive:BackgroundIndexThreshold"] = "0",
        },
    };

    /// <summary>Builds the index with every store beside it; the ids it serves.</summary>
    private async Task<string[]> BuildAsync()
    {
        using var site = Site();
        var catalog = await SettledAsync(site);
        await catalog.LookupsReady;
        return Ids(catalog);
    }

    private static async Task<ArchiveCatalog> SettledAsync(ArchiveSiteFactory site)
    {
        site.CreateClient();
        await site.Services.GetRequiredService<ArchiveHost>().SettledAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return site.Services.GetRequiredService<ArchiveCatalog>();
    }

    private static string[] Ids(ArchiveCatalog catalog) => catalog.Current!.Entries.Select(e => e.Id).ToArray();

    /// <summary>Damages the index the way <paramref name="damage"/> names; the damaged file's name.</summary>
    private string Damage(string damage)
    {
        var index = _folder.Index;
        var file = damage switch
        {
            "tim" or "doc" or "fdt" => IndexDamager.Largest(index, "." + damage),
            "truncated" => IndexDamager.Largest(index, ".fdt"),
            "missing" => IndexDamager.Largest(index, ".fdx"),
            "segments" => IndexDamager.Segments(index),
            "manifest" => Path.Combine(index, IndexManifest.FileName),
            "catalog" => Path.Combine(index, ServedCatalog.FileName),
            "cards" => Path.Combine(index, CardStore.FileName),
            "pages" => Path.Combine(index, PageStore.FileName),
            "related" => Path.Combine(index, RelatedLists.FileName),
            _ => throw new ArgumentOutOfRangeException(nameof(damage)),
        };

        switch (damage)
        {
            case "truncated":
                IndexDamager.Truncate(file);
                break;
            case "missing":
                File.Delete(file);
                break;
            case "manifest" or "catalog" or "cards" or "pages" or "related":
                IndexDamager.FlipByteNearEnd(file);
                break;
            default:
                IndexDamager.FlipBytes(file);
                break;
        }

        return Path.GetFileName(file);
    }

    /// <summary>Asks for every path; fails on any 5xx but a 503 that says when to come back.</summary>
    private static async Task AnswerWithout500sAsync(HttpClient client)
    {
        foreach (var path in Paths)
        {
            var response = await client.GetAsync(path);
            if ((int)response.StatusCode >= 500)
            {
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null,
                    $"{path} answered {(int)response.StatusCode} without Retry-After");
            }
        }
    }

    private static bool Logged(ArchiveSiteFactory site, string text) =>
        site.Logs.Events.Any(e => e.RenderMessage().Contains(text, StringComparison.Ordinal));

    [Theory]
    [InlineData("tim")]
    [InlineData("doc")]
    [InlineData("fdt")]
    [InlineData("truncated")]
    [InlineData("missing")]
    [InlineData("segments")]
    [InlineData("manifest")]
    [InlineData("catalog")]
    [InlineData("cards")]
    [InlineData("pages")]
    [InlineData("related")]
    public async Task DamageIsNamedAnsweredWithout500sAndRepairedWithEveryRecordServedAgain(string damage)
    {
        var before = await BuildAsync();
        var file = Damage(damage);

        using var site = Site();
        var client = site.CreateClient();
        await AnswerWithout500sAsync(client); // while it is found and repaired
        var catalog = await SettledAsync(site);
        await catalog.LookupsReady;

        Assert.True(Logged(site, file), $"{file} is not named in the log:\n{string.Join('\n', site.Logs.Events.Select(e => e.RenderMessage()))}");
        Assert.Null(catalog.Fault);
        Assert.Equal(before, Ids(catalog));
        foreach (var path in Paths)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        }

        Assert.Equal("ready: 2 records\n", await (await client.GetAsync("/readyz")).Content.ReadAsStringAsync());
        Assert.Empty(IndexVerification.Verify(_folder.Index, null, openSegments: true, CancellationToken.None).Damage);
    }

    /// <summary>
    /// The finding of issue 19 on real records: one byte flipped in every 4 KB of the largest terms
    /// file of a committed index. Before, the site served it as whole and answered 500 on a search
    /// that read a damaged block.
    /// </summary>
    [Fact]
    [Trait("Corpus", "FRUS")]
    public async Task TheFrusFindingAFlippedByteInEvery4KBOfTheTermsIsFoundAndRepairedWithout500s()
    {
        using var corpus = FrusCorpus.Open();
        ArchiveSiteFactory FrusSite() => new()
        {
            DocumentsPath = corpus.Folder,
            VersionsPath = _folder.Versions,
            Settings = new Dictionary<string, string> { ["Archive:IndexPath"] = _folder.Index, ["Archive:BackgroundIndexThreshold"] = "0" },
        };

        string[] before;
        using (var first = FrusSite())
        {
            var built = await SettledAsync(first);
            await built.LookupsReady;
            before = Ids(built);
        }

        var file = Path.GetFileName(IndexDamager.Largest(_folder.Index, ".tim"));
        IndexDamager.FlipBytes(Path.Combine(_folder.Index, file));

        using var site = FrusSite();
        var client = site.CreateClient();
        foreach (var query in new[] { "Moscow", "Stalin", "Korea", "Guatemala", "oil", "treaty" })
        {
            var response = await client.GetAsync($"/search?q={query}");
            Assert.True(response.StatusCode == HttpStatusCode.OK || (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null),
                $"/search?q={query} answered {(int)response.StatusCode}");
        }

        var catalog = await SettledAsync(site);
        Assert.Contains(site.Logs.Messages(LogEventLevel.Error), m => m.Contains(file, StringComparison.Ordinal));
        Assert.Equal(before, Ids(catalog));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=Moscow")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task WhileADamagedIndexIsRebuiltReadyzNamesTheFileAndEveryPageAnswers503()
    {
        var before = await BuildAsync();
        var file = Damage("fdt"); // inside the file: the start's cheap checks pass, the whole check does not
        var writes = new WriteFaults();
        writes.Gate.Reset(); // the rebuild waits at its first file
        using var site = Site(writes);
        try
        {
            var client = site.CreateClient();
            Assert.True(writes.Waiting.Wait(TimeSpan.FromMinutes(1)), "The rebuild never began");

            var ready = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.NotNull(ready.Headers.RetryAfter);
            var reason = await ready.Content.ReadAsStringAsync();
            Assert.StartsWith($"not ready: the index is damaged ({file}, segment _", reason, StringComparison.Ordinal);
            Assert.Contains("is being rebuilt from the documents folder", reason, StringComparison.Ordinal);
            Assert.DoesNotContain(_folder.Index, reason, StringComparison.Ordinal); // the file, not where the server keeps it

            foreach (var path in Paths)
            {
                var (response, page) = await Html.GetAsync(client, path);
                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Equal("The archive's index is being rebuilt", page.QuerySelector("h1")?.TextContent);
            }

            Assert.Equal("alive\n", await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync());
        }
        finally
        {
            writes.Gate.Set();
        }

        var catalog = await SettledAsync(site);
        Assert.Equal(before, Ids(catalog));
        Assert.Equal(HttpStatusCode.OK, (await site.CreateClient().GetAsync("/readyz")).StatusCode);
        Assert.Contains(site.Logs.Messages(LogEventLevel.Error), m => m.Contains(file, StringComparison.Ordinal) && m.Contains("rebuilt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ARequestThatMeetsDamageAnswers503AndHasTheIndexCheckedOnce()
    {
        using var site = new ArchiveSiteFactory();
        var client = site.CreateClient();
        var catalog = site.Services.GetRequiredService<ArchiveCatalog>();

        for (var i = 0; i < 3; i++)
        {
            var response = await client.GetAsync(ArchiveSiteFactory.DamagePath);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
            Assert.Contains("could not read its search index", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
            SecureResponse.AssertHeaders(response);
        }

        await catalog.Verified.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Single(site.Logs.Messages(LogEventLevel.Error), m => m.StartsWith("A request met damage", StringComparison.Ordinal) && m.Contains("_0_Lucene41_0.tim", StringComparison.Ordinal));
        Assert.Contains(site.Logs.Messages(LogEventLevel.Information), m => m.Contains("every file matches its checksum", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode); // the index was whole after all
        Assert.Equal(HttpStatusCode.InternalServerError, (await client.GetAsync("/__test/throw")).StatusCode); // our own errors stay errors
    }

    [Fact]
    public async Task AReadOnlyReplicaStartedOnADamagedArtifactAnswers503NamingTheFile()
    {
        await BuildAsync();
        var file = Damage("segments");

        using var replica = Site(readOnly: true);
        var client = replica.CreateClient();

        var ready = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(300), ready.Headers.RetryAfter?.Delta);
        var reason = await ready.Content.ReadAsStringAsync();
        Assert.Contains(file, reason, StringComparison.Ordinal);
        Assert.Contains("read-only replica cannot rebuild it", reason, StringComparison.Ordinal);
        foreach (var path in Paths)
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(300), response.Headers.RetryAfter?.Delta);
        }

        Assert.Contains(replica.Logs.Messages(LogEventLevel.Fatal), m => m.Contains(file, StringComparison.Ordinal) && m.Contains("verify", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AReadOnlyReplicaThatFindsDamageWhileServingStopsServingIt()
    {
        await BuildAsync();
        var file = Damage("tim");

        using var replica = Site(readOnly: true);
        var catalog = await SettledAsync(replica);
        var client = replica.CreateClient();

        Assert.Equal(file, catalog.Fault?.File);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/documents/112082")).StatusCode);
        Assert.True(File.Exists(Path.Combine(_folder.Index, file))); // nothing written or removed
    }

    [Fact]
    public async Task TheVerifyCommandExitsZeroOnAWholeIndexAndOneNamingADamagedFile()
    {
        await BuildAsync();
        string[] arguments = ["verify", $"--Archive:IndexPath={_folder.Index}", $"--Archive:VersionsPath={_folder.Versions}"];

        var (whole, report) = await SiteProcess.RunAsync(arguments);
        Assert.True(whole == 0, $"exit {whole}: {report}");
        Assert.Contains("WHOLE:", report, StringComparison.Ordinal);
        Assert.Contains("manifest.bin", report, StringComparison.Ordinal);

        var file = Damage("tim");
        var (damaged, output) = await SiteProcess.RunAsync(arguments);
        Assert.Equal(1, damaged);
        Assert.Contains("DAMAGED", output, StringComparison.Ordinal);
        Assert.Contains(file, output, StringComparison.Ordinal);

        var (none, missing) = await SiteProcess.RunAsync(["verify", $"--Archive:IndexPath={Path.Combine(_folder.Root, "no-index")}"]);
        Assert.Equal(2, none);
        Assert.Contains("No index in", missing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheVerifyCommandChecksTheVersionStoreAndNamesADamagedLineWithItsRecord()
    {
        await BuildAsync();
        string[] arguments = ["verify", $"--Archive:IndexPath={_folder.Index}", $"--Archive:VersionsPath={_folder.Versions}"];
        var log = Path.Combine(_folder.Versions, VersionStore.FileName);

        var (whole, report) = await SiteProcess.RunAsync(arguments);
        Assert.True(whole == 0, $"exit {whole}: {report}");
        Assert.Contains($"Verifying the version store in {_folder.Versions}", report, StringComparison.Ordinal);
        Assert.Matches(@"ok\s+versions\.jsonl\s+\d+ lines", report);

        // A letter changed inside a stored text: the line still parses, only its checksum tells.
        var id = File.ReadLines(log).First().Split("\"id\":\"")[1].Split('"')[0];
        StoreFiles.FlipLetter(log, 1);
        var (damaged, output) = await SiteProcess.RunAsync(arguments);
        Assert.True(damaged == 1, $"exit {damaged}: {output}");
        Assert.Contains("DAMAGED", output, StringComparison.Ordinal);
        Assert.Contains("versions.jsonl", output, StringComparison.Ordinal);
        Assert.Contains("Line 1 of", output, StringComparison.Ordinal);
        Assert.Contains(id, output, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
