using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Harvesting;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Versions;
using Microsoft.Extensions.Logging.Abstractions;

namespace ArchiveSite.Core.Tests.Archive;

/// <summary>The served archive without a web host: opening, snapshots per request, and a reload swapping a new one in whole.</summary>
public sealed class ArchiveCatalogTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("archivesite-catalog-").FullName;

    private string Documents => Path.Combine(_root, "documents");

    private ArchiveSettings Settings(bool readOnly = false, int threshold = 5000) =>
        new(Documents, Path.Combine(_root, "index"), Path.Combine(_root, "versions"), NamesPath: null, readOnly, threshold, OaiPageSize: 100);

    public ArchiveCatalogTests()
    {
        Directory.CreateDirectory(Documents);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(Documents, Path.GetFileName(seed)));
        }
    }

    [Fact]
    public void ASmallCorpusIsServedWhenOpenReturns()
    {
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);

        Assert.Equal(BackgroundWork.None, catalog.Open(CancellationToken.None));

        Assert.True(catalog.IsReady);
        using var lease = catalog.Acquire();
        Assert.Equal(["112079", "112082"], lease.Snapshot.Entries.Select(e => e.Id));
        Assert.NotNull(lease.Snapshot.Searcher.GetDocument("112082"));
    }

    [Fact]
    public void ALargerCorpusThanTheThresholdIsLeftToBuildInTheBackground()
    {
        using var catalog = new ArchiveCatalog(Settings(threshold: 1), NullLogger<ArchiveCatalog>.Instance);

        Assert.Equal(BackgroundWork.Build, catalog.Open(CancellationToken.None));
        Assert.False(catalog.IsReady);
        Assert.Equal(2, catalog.Progress!.Total);
        Assert.Throws<InvalidOperationException>(() => catalog.Acquire());

        catalog.Build(CancellationToken.None);

        Assert.True(catalog.IsReady);
        Assert.Null(catalog.Progress);
    }

    [Fact]
    public async Task AReloadSwapsANewSnapshotInWhileARequestKeepsItsOwn()
    {
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);
        catalog.Open(CancellationToken.None);
        ArchiveSnapshot? swapped = null;
        catalog.Swapped += s => swapped = s;
        using var before = catalog.Acquire();

        File.Delete(Path.Combine(Documents, Path.GetFileName(RepositoryPaths.Seed("112079"))));
        catalog.Reload(CancellationToken.None);

        Assert.NotNull(swapped);
        Assert.Same(swapped, catalog.Current);
        Assert.NotEqual(before.Snapshot.Stamp, swapped.Stamp);
        // The request that began before the reload still reads the state it began with, whole.
        Assert.NotNull(before.Snapshot.Searcher.GetDocument("112079"));
        Assert.NotNull(before.Snapshot.Entry("112079"));
        using var after = catalog.Acquire();
        Assert.Null(after.Snapshot.Searcher.GetDocument("112079"));
        Assert.Null(after.Snapshot.Entry("112079"));
        Assert.Single((await after.Snapshot.VersionsReady).History("112079")); // its text is kept
    }

    [Fact]
    public async Task CardsAndRelatedRecordsAreSavedForTheCommitAndReadBackAtRestart()
    {
        var settings = Settings();
        using (var catalog = new ArchiveCatalog(settings, NullLogger<ArchiveCatalog>.Instance))
        {
            catalog.Open(CancellationToken.None);
            await catalog.LookupsReady;
            using var lease = catalog.Acquire();
            Assert.Equal(0, lease.Snapshot.Relations.Lists.Missing);
            Assert.Equal("112079", lease.Snapshot.Relations.Related("112082").Single().Id);
        }

        Assert.True(File.Exists(Path.Combine(settings.IndexPath, RelatedLists.FileName)));
        Assert.True(File.Exists(Path.Combine(settings.IndexPath, CardStore.FileName)));
        Assert.True(File.Exists(Path.Combine(settings.IndexPath, PageStore.FileName)));
        using var restarted = new ArchiveCatalog(settings, NullLogger<ArchiveCatalog>.Instance);
        restarted.Open(CancellationToken.None);
        using var again = restarted.Acquire();

        // Read back as the start opens the snapshot, not computed again.
        Assert.Equal(0, again.Snapshot.Relations.Lists.Missing);
        await restarted.LookupsReady;
        Assert.Equal("112079", again.Snapshot.Relations.Related("112082").Single().Id);
        Assert.Equal("112079", again.Snapshot.Relations.Replies("112082").InReplyTo?.Document.Id);
        var page = again.Snapshot.Searcher.GetPage("112082")!;
        Assert.Equal("112082", page.Document.Id);
        Assert.Contains("id=\"p1\"", page.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAReloadWhatChangedIsComputedAgainAndTheRestKept()
    {
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);
        catalog.Open(CancellationToken.None);
        await catalog.LookupsReady;

        // A third record like neither seed: the seeds' lists name only each other, and are kept.
        File.WriteAllText(Path.Combine(Documents, "note.txt"), """
            March 3, 1961 Memorandum on the harvest in Saskatchewan

            Citation:

            "Memorandum on the harvest in Saskatchewan", March 3, 1961, Example Archive https://example.org/document/harvest-1961

            Summary:

            Wheat and barley yields.

            Original Language:

            English

            Contents:

            Original Scan

            Wheat and barley yields rose across the prairie.
            """);
        catalog.Reload(CancellationToken.None);
        using (var lease = catalog.Acquire())
        {
            Assert.True(lease.Snapshot.Relations.Lists.TryGet("112082", out var kept));
            Assert.Equal(["112079"], kept);
        }

        await catalog.LookupsReady;
        using var after = catalog.Acquire();
        Assert.Equal(3, after.Snapshot.Entries.Count);
        Assert.Equal(0, after.Snapshot.Relations.Lists.Missing);
        Assert.Equal("112079", after.Snapshot.Relations.Related("112082").Single().Id);

        // The new store holds the new record's page and the seeds' pages carried over.
        var store = after.Snapshot.Searcher.Pages!;
        var note = after.Snapshot.Entries.Single(e => e.Id is not "112079" and not "112082").Id;
        Assert.Contains("across the prairie", store.Page(note)!.BodyHtml, StringComparison.Ordinal);
        Assert.Equal("112082", store.Page("112082")!.Document.Id);
    }

    [Fact]
    public void AReloadThatFindsNothingNewKeepsTheSnapshot()
    {
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);
        catalog.Open(CancellationToken.None);
        var first = catalog.Current;

        catalog.Reload(CancellationToken.None);

        Assert.Same(first, catalog.Current);
    }

    [Fact]
    public void AMissingDocumentsFolderIsNamedWithTheSettingThatFixesIt()
    {
        Directory.Delete(Documents, recursive: true);
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);

        var error = Assert.Throws<DirectoryNotFoundException>(() => catalog.Open(CancellationToken.None));

        Assert.Contains($"'{Documents}' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("Archive:DocumentsPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReadOnlyReplicaServesTheArtifactAnotherSiteBuilt()
    {
        using (var builder = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance))
        {
            builder.Open(CancellationToken.None);
        }

        Directory.Delete(Documents, recursive: true);
        using var replica = new ArchiveCatalog(Settings(readOnly: true), NullLogger<ArchiveCatalog>.Instance);

        Assert.Equal(BackgroundWork.None, replica.Open(CancellationToken.None));
        Assert.Equal(2, replica.Current!.Entries.Count);
    }

    [Fact]
    public async Task AReadOnlyReplicaReadsTheArtifactsLookupStoresAndWritesNothing()
    {
        using (var builder = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance))
        {
            builder.Open(CancellationToken.None);
            await builder.LookupsReady;
        }

        var index = Settings().IndexPath;
        var written = Directory.GetFiles(index).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        using var replica = new ArchiveCatalog(Settings(readOnly: true), NullLogger<ArchiveCatalog>.Instance);
        replica.Open(CancellationToken.None);
        await replica.LookupsReady;

        using var lease = replica.Acquire();
        Assert.Equal(0, lease.Snapshot.Relations.Lists.Missing);
        Assert.NotNull(lease.Snapshot.Searcher.Pages);
        Assert.Equal("112079", lease.Snapshot.Relations.Related("112082").Single().Id);
        Assert.Equal(written, Directory.GetFiles(index).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public async Task AServedTextDamagedInTheStoreIsWrittenAgainAtAStartOnAReusedIndex()
    {
        using (var first = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance))
        {
            first.Open(CancellationToken.None);
        }

        var log = Path.Combine(Settings().VersionsPath, VersionStore.FileName);
        var line = Array.FindIndex(File.ReadAllLines(log), l => l.StartsWith("{\"id\":\"112079\"", StringComparison.Ordinal)) + 1;
        Versions.StoreFiles.FlipLetter(log, line);
        var damaged = File.ReadAllBytes(log);
        var version = RecordVersion.Of(Versions.StoreFiles.Seed("112079"));

        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);
        catalog.Open(CancellationToken.None); // reuses the index: no record file is read
        using var lease = catalog.Acquire();
        var store = await lease.Snapshot.VersionsReady;
        for (var waited = 0; waited < 10_000 && !store.Holds("112079", version); waited += 50)
        {
            await Task.Delay(50); // the check of the whole log runs in the background, and the repair after it
        }

        var repaired = Assert.Single(store.Damaged);
        Assert.Equal((line, "112079", version), (repaired.Line, repaired.Id, repaired.Version));
        Assert.NotNull(repaired.RepairedAt);
        Assert.Equal(Versions.StoreFiles.Seed("112079").Body, store.Find("112079", version)!.Document.Body);
        Assert.Equal(damaged, File.ReadAllBytes(log)[..damaged.Length]); // the damaged line kept as it was
    }

    [Fact]
    public async Task ARecordThatLeavesTheFolderIsHarvestedAsDeletedUntilItComesBack()
    {
        using var catalog = new ArchiveCatalog(Settings(), NullLogger<ArchiveCatalog>.Instance);
        catalog.Open(CancellationToken.None);
        var file = Path.Combine(Documents, Path.GetFileName(RepositoryPaths.Seed("112079")));
        var kept = File.ReadAllBytes(file);
        var repository = new OaiRepository("Archive", "http://archive.example/oai", "a@archive.example", "archive.example", id => id);

        File.Delete(file);
        var left = DateTimeOffset.UtcNow;
        catalog.Reload(CancellationToken.None);

        using (var lease = catalog.Acquire())
        {
            var withdrawal = Assert.Single((await lease.Snapshot.VersionsReady).Withdrawals);
            Assert.Equal("112079", withdrawal.Id);
            Assert.Equal(["APRF", "AVPRF"], withdrawal.Archives);
            Assert.InRange(withdrawal.At, left, DateTimeOffset.UtcNow);
            var header = DeletedHeader(await lease.Snapshot.HarvestAsync(), repository);
            Assert.Equal("deleted", header?.Attribute("status")?.Value);
        }

        File.WriteAllBytes(file, kept);
        catalog.Reload(CancellationToken.None);

        using (var lease = catalog.Acquire())
        {
            var store = await lease.Snapshot.VersionsReady;
            Assert.Empty(store.Withdrawals);
            Assert.NotNull(store.ReturnedAt("112079"));
            Assert.Null(DeletedHeader(await lease.Snapshot.HarvestAsync(), repository)?.Attribute("status"));
        }

        static System.Xml.Linq.XElement? DeletedHeader(OaiPmhProvider harvest, OaiRepository repository) =>
            harvest.Respond(repository, [new("verb", "ListIdentifiers"), new("metadataPrefix", "oai_dc")], DateTimeOffset.UtcNow)
                .Descendants().FirstOrDefault(e => e.Name.LocalName == "header" && e.Elements().First().Value.EndsWith(":112079", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
