using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search.Indexing;

/// <summary>
/// The index kept in a folder between starts: reused when nothing changed, updated in place when
/// something did (with the same outcome as a rebuild), rebuilt when it cannot be trusted.
/// </summary>
public sealed class PersistedIndexTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "archivesite-persisted-" + Guid.NewGuid().ToString("N"));

    public PersistedIndexTests()
    {
        Directory.CreateDirectory(Documents);
        foreach (var seed in Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(Documents, Path.GetFileName(seed)));
        }

        Write("note.txt", "Editorial note on aviation", "https://example.org/document/note-1", "Pilots were trained at the aviation school.");
    }

    private string Documents => Path.Combine(_root, "docs");

    private string IndexFolder => Path.Combine(_root, "index");

    private string Seed082 => Path.Combine(Documents, Path.GetFileName(RepositoryPaths.Seed("112082")));

    private string Seed079 => Path.Combine(Documents, Path.GetFileName(RepositoryPaths.Seed("112079")));

    private void Write(string file, string title, string url, string body) =>
        File.WriteAllText(Path.Combine(Documents, file),
            $"{title}\n\nCitation:\n\n\"{title}\", November 1950, Test Archive, APRF, f. 3, op. 65, d. 826, ll. 1-2 {url}\n\nSummary:\n\nA test record.\n\nOriginal Language:\n\nEnglish\n\nContents:\n\nTranslation - English\n\n{body}\n");

    private Opened Open(NameAuthority? names = null)
    {
        var (index, update) = PersistedIndex.Open(Documents, IndexFolder, names ?? NameAuthority.Default);
        return new Opened(index, update);
    }

    /// <summary>A persisted index as a start opens it, with what opening it did.</summary>
    private sealed record Opened(PersistedIndex Persisted, IndexUpdate Update) : IDisposable
    {
        public ArchiveIndex Index => Persisted.Index;

        public int DocumentCount => Index.CountDocuments();

        public void Dispose() => Persisted.Dispose();
    }

    private static string[] Ids(Opened opened, string query) => Ids(opened.Index, query);

    private static string[] Ids(ArchiveIndex index, string query) =>
        new ArchiveSearcher(index).Search(new SearchRequest(query, null, null, SearchSort.Relevance)).Hits.Select(h => h.Id).ToArray();

    [Fact]
    public void AFirstOpenBuildsAndASecondReusesWithoutReadingAFile()
    {
        using (var first = Open())
        {
            Assert.Equal(IndexUpdateKind.Rebuilt, first.Update.Kind);
            Assert.Equal("there is no index yet", first.Update.RebuildReason);
            Assert.Equal(3, first.Update.Indexed);
            Assert.Equal(3, first.Update.FilesRead);
        }

        using var second = Open();
        Assert.Equal(IndexUpdateKind.Reused, second.Update.Kind);
        Assert.Equal(0, second.Update.FilesRead);
        Assert.Equal(0, second.Update.Indexed);
        Assert.Equal(["112079", "112082", "note-1"], second.Update.Served.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["note-1"], Ids(second, "aviation school"));
        Assert.Equal("112079", new DocumentRelations(second.Index).Replies("112082").InReplyTo?.Document.Id);
    }

    [Fact]
    public void ATouchedFileIsReadAndHashedOnceButNotReindexed()
    {
        Open().Dispose();
        File.SetLastWriteTimeUtc(Seed082, DateTime.UtcNow.AddMinutes(5));

        using (var touched = Open())
        {
            Assert.Equal(IndexUpdateKind.Reused, touched.Update.Kind);
            Assert.Equal(1, touched.Update.FilesRead);
        }

        using var again = Open();
        Assert.Equal(0, again.Update.FilesRead); // the new time was kept
    }

    [Fact]
    public void AChangedFileIsReindexedInPlace()
    {
        Open().Dispose();
        Write("note.txt", "Editorial note on aviation", "https://example.org/document/note-1", "Helicopters replaced the gliders.");

        using var index = Open();

        Assert.Equal(IndexUpdateKind.Updated, index.Update.Kind);
        Assert.Equal(1, index.Update.Indexed);
        Assert.Equal(["note-1"], Ids(index, "helicopters"));
        Assert.Empty(Ids(index, "aviation school"));
        Assert.Equal(3, index.DocumentCount);
        Assert.Equal(3, new ArchiveSearcher(index.Index).Search(new SearchRequest(null, "1900", null, null)).TotalHits);
    }

    [Fact]
    public void ARemovedFileLeavesTheIndexAndItsRepliesAreRelinked()
    {
        Open().Dispose();
        File.Delete(Seed079);

        using var index = Open();

        Assert.Equal(IndexUpdateKind.Updated, index.Update.Kind);
        Assert.Equal(1, index.Update.Removed);
        Assert.Equal(1, index.Update.Relinked); // 112082 answered 112079, which is gone
        Assert.Null(new ArchiveSearcher(index.Index).GetDocument("112079"));
        Assert.Null(new DocumentRelations(index.Index).Replies("112082").InReplyTo);
        Assert.Equal(2, index.DocumentCount);
    }

    [Fact]
    public void AnAddedFileIsIndexedAndAnAddedOriginalLinksItsReply()
    {
        var saved = File.ReadAllBytes(Seed079);
        File.Delete(Seed079);
        Open().Dispose();
        File.WriteAllBytes(Seed079, saved);

        using var index = Open();

        Assert.Equal(IndexUpdateKind.Updated, index.Update.Kind);
        Assert.Equal(1, index.Update.Indexed);
        Assert.Equal(1, index.Update.Relinked);
        Assert.Equal("112079", new DocumentRelations(index.Index).Replies("112082").InReplyTo?.Document.Id);
    }

    [Fact]
    public void DuplicatesAndRejectionsAreReportedOnEveryStartAndAnUnmaskedFileIsServed()
    {
        // "a-note.txt" sorts before "note.txt" and has its id: it wins, and note.txt is the duplicate.
        File.WriteAllText(Path.Combine(Documents, "broken.txt"), "not a record");
        Open().Dispose();
        Write("a-note.txt", "Earlier copy of the note", "https://example.org/document/note-1", "Gliders only.");

        using (var index = Open())
        {
            Assert.Equal(IndexUpdateKind.Updated, index.Update.Kind);
            Assert.Equal(["gliders"], Ids(index, "gliders").Select(_ => "gliders"));
            Assert.Contains(index.Update.Rejections, r => r.File == "note.txt" && r.Message.Contains("duplicate id 'note-1'", StringComparison.Ordinal));
            Assert.Contains(index.Update.Rejections, r => r.File == "broken.txt");
        }

        File.Delete(Path.Combine(Documents, "a-note.txt"));
        using var unmasked = Open();
        Assert.Equal(["note-1"], Ids(unmasked, "aviation school")); // note.txt, unchanged, read again and served
        Assert.Empty(Ids(unmasked, "gliders"));
        Assert.Equal(["broken.txt"], unmasked.Update.Rejections.Select(r => r.File));
        Assert.Equal(DocumentLoader.Load(Documents).Rejections, unmasked.Update.Rejections);
    }

    [Fact]
    public void AnUpdatedIndexAnswersAsARebuiltOneDoes()
    {
        Open().Dispose();
        Write("note.txt", "Editorial note on aviation", "https://example.org/document/note-1", "Stalin's pilots, and helicopters.");
        Write("second.txt", "Second note on Kim Il Sung", "https://example.org/document/note-2", "Kim II Sung asked for pilots.");
        File.Delete(Seed079);

        using var updated = Open();
        using var rebuilt = ArchiveIndex.Build(DocumentLoader.Load(Documents).Documents, indexPath: null, NameAuthority.Default);

        foreach (var query in new[] { "pilots", "Kim Il Sung", "Stalin", "helicopters", "date:1950", "telegram" })
        {
            Assert.Equal(Ids(rebuilt, query), Ids(updated, query));
        }

        var a = new ArchiveSearcher(updated.Index).Search(new SearchRequest("pilots", null, null, null));
        var b = new ArchiveSearcher(rebuilt).Search(new SearchRequest("pilots", null, null, null));
        Assert.Equal(b.Facets.Select(f => $"{f.Dimension.Key}:{string.Join(',', f.Values.Select(v => $"{v.Value}={v.Count}"))}"),
            a.Facets.Select(f => $"{f.Dimension.Key}:{string.Join(',', f.Values.Select(v => $"{v.Value}={v.Count}"))}"));
    }

    [Fact]
    public void AnotherNamesAuthorityOrABrokenManifestRebuilds()
    {
        Open().Dispose();
        var extended = NameAuthority.Load(new MemoryStream("""{"people":[{"id":"test_person","name":"Test Person","variants":["Tester"]}]}"""u8.ToArray()));

        using (var other = Open(extended))
        {
            Assert.Equal(IndexUpdateKind.Rebuilt, other.Update.Kind);
            Assert.Contains("names authority", other.Update.RebuildReason, StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(IndexFolder, IndexManifest.FileName), "{ half");
        using var broken = Open();
        Assert.Equal(IndexUpdateKind.Rebuilt, broken.Update.Kind);
        Assert.Contains("cannot be read", broken.Update.RebuildReason, StringComparison.Ordinal);
        Assert.Equal(["note-1"], Ids(broken, "aviation school"));
    }

    [Fact]
    public void TheIndexersFingerprintDoesNotChangeWithEveryCommit()
    {
        // The fingerprint is the Core assembly's module version id. The SDK would write the git
        // commit into the assembly's metadata, so a commit that changed no code (docs, tests, the
        // web project) would still rebuild every persisted index, 100 s at 100,000 records.
        var version = typeof(ArchiveIndex).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;

        Assert.DoesNotContain('+', version);
    }

    [Fact]
    public void TheRebuildReasonIsKnownBeforeOpening()
    {
        Assert.Equal("there is no index yet", PersistedIndex.RebuildReason(IndexFolder, NameAuthority.Default));
        Open().Dispose();

        Assert.Null(PersistedIndex.RebuildReason(IndexFolder, NameAuthority.Default));
        Assert.Equal((IndexManifest.CurrentFormat, IndexManifest.TryRead(IndexFolder, out _)!.Commit), IndexManifest.TryReadHead(IndexFolder) is { } head ? (head.Format, head.Commit) : default);

        var manifest = IndexManifest.TryRead(IndexFolder, out _)!;
        (manifest with { Commit = "0000" }).Write(IndexFolder);
        Assert.Contains("do not match their manifest", PersistedIndex.RebuildReason(IndexFolder, NameAuthority.Default), StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(IndexFolder, IndexManifest.FileName), "[]");
        Assert.Null(IndexManifest.TryReadHead(IndexFolder));
        Assert.Contains("cannot be read", PersistedIndex.RebuildReason(IndexFolder, NameAuthority.Default), StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestOfAnotherCommitRebuilds()
    {
        Open().Dispose();
        var manifest = IndexManifest.TryRead(IndexFolder, out _)!;
        (manifest with { Commit = "0000" }).Write(IndexFolder);

        using var index = Open();

        Assert.Equal(IndexUpdateKind.Rebuilt, index.Update.Kind);
        Assert.Contains("do not match their manifest", index.Update.RebuildReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondWriterOfTheSameFolderIsRefusedWhileTheFirstHasIt()
    {
        using (Open())
        {
            var error = Assert.Throws<InvalidOperationException>(() => Open());
            Assert.Contains("Another ArchiveSite process is using the index folder", error.Message, StringComparison.Ordinal);
            using var replica = ArchiveIndex.OpenReadOnly(IndexFolder, NameAuthority.Default).Index; // readers are welcome
        }

        using var next = Open();
        Assert.Equal(IndexUpdateKind.Reused, next.Update.Kind);
    }

    [Fact]
    public void AReadOnlyOpenServesTheArtifactWithoutTheDocumentsAndWritesNothing()
    {
        Open().Dispose();
        File.WriteAllText(Path.Combine(Documents, "broken.txt"), "not a record"); // not seen: the documents are not read
        var before = Directory.GetFiles(IndexFolder).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var (index, update) = ArchiveIndex.OpenReadOnly(IndexFolder, NameAuthority.Default);
        using (index)
        {
            Assert.Equal(IndexUpdateKind.Reused, update.Kind);
            Assert.Equal(3, index.CountDocuments());
            Assert.Empty(update.Rejections);
            Assert.Equal(["note-1"], Ids(index, "aviation school"));
        }

        Assert.Equal(before, Directory.GetFiles(IndexFolder).ToDictionary(f => f, File.GetLastWriteTimeUtc));
    }

    [Fact]
    public void AReadOnlyOpenOfAMissingOrForeignIndexSaysWhy()
    {
        var missing = Assert.Throws<DirectoryNotFoundException>(() => ArchiveIndex.OpenReadOnly(Path.Combine(_root, "nothing"), NameAuthority.Default));
        Assert.Contains("build-index", missing.Message, StringComparison.Ordinal);

        Directory.CreateDirectory(IndexFolder);
        var empty = Assert.Throws<InvalidOperationException>(() => ArchiveIndex.OpenReadOnly(IndexFolder, NameAuthority.Default));
        Assert.Contains("there is no index yet", empty.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
