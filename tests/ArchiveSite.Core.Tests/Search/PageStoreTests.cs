using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Search;

namespace ArchiveSite.Core.Tests.Search;

public sealed class PageStoreTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archivesite-pages-").FullName;

    [Fact]
    public void EverySeedReadsBackWholeWithItsBodyRenderedOnce()
    {
        var seeds = DocumentLoader.Load(RepositoryPaths.Seeds).Documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        var positions = new RecordPositions(seeds.Select(d => d.Id).ToArray());
        PageStore.Write(_folder, "commit-1", seeds.Length, seeds.Select(d => PageStore.Bytes((RecordJson.Write(d), MarkdownRenderer.RenderBody(d)))));

        using var store = PageStore.TryOpen(_folder, "commit-1", positions, out _)!;

        foreach (var seed in seeds)
        {
            var page = store.Page(seed.Id)!;
            Assert.Equal(RecordJson.Write(seed), RecordJson.Write(page.Document));
            Assert.Equal(MarkdownRenderer.RenderBody(seed), page.BodyHtml);
        }

        Assert.Null(store.Page("not-served"));
        Assert.Null(PageStore.TryOpen(_folder, "commit-2", positions, out _));
    }

    [Fact]
    public void AStoreDamagedAfterItWasOpenedCostsThePageItsShortcutNotItsAnswer()
    {
        var seed = DocumentLoader.Load(RepositoryPaths.Seeds).Documents.Single(d => d.Id == "112082");
        PageStore.Write(_folder, "commit-1", 1, [PageStore.Bytes((RecordJson.Write(seed), MarkdownRenderer.RenderBody(seed)))]);
        using var store = PageStore.TryOpen(_folder, "commit-1", new RecordPositions(["112082"]), out _)!;

        // Another process writes over the file: the compressed page turns to noise.
        using (var file = new FileStream(Path.Combine(_folder, PageStore.FileName), FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.Position = 200;
            file.Write(Enumerable.Repeat((byte)0xA5, 400).ToArray());
        }

        Assert.ThrowsAny<Exception>(() => store.Page("112082"));
        Assert.Null(RecordBlobs.ReadSafely(() => store.Page("112082")));
    }

    [Fact]
    public void AStoreCutShortAfterItWasOpenedIsDamageNotACrash()
    {
        var seeds = DocumentLoader.Load(RepositoryPaths.Seeds).Documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToArray();
        PageStore.Write(_folder, "commit-1", seeds.Length, seeds.Select(d => PageStore.Bytes((RecordJson.Write(d), MarkdownRenderer.RenderBody(d)))));
        using var store = PageStore.TryOpen(_folder, "commit-1", new RecordPositions(seeds.Select(d => d.Id).ToArray()), out _)!;

        // A copy made over the file in place, stopped half-way: had the store been mapped into
        // memory, this read would have killed the process (SIGBUS), as the fault run showed.
        var path = Path.Combine(_folder, PageStore.FileName);
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            file.SetLength(file.Length / 2);
        }

        var last = seeds[^1].Id;
        var damage = Assert.Throws<InvalidDataException>(() => store.Page(last));
        Assert.Contains("cut short", damage.Message, StringComparison.Ordinal);
        Assert.Null(RecordBlobs.ReadSafely(() => store.Page(last)));
    }

    [Fact]
    public void AStoredPageIsCompressed()
    {
        var text = string.Concat(Enumerable.Repeat("The delegation met the Minister at noon. ", 200));

        Assert.True(PageStore.Bytes(("{}", text)).Length < text.Length / 5);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
