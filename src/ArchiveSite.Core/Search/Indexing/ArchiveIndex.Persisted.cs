using System.Diagnostics;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// The persisted index: built once into a folder with a manifest of what it was built from, reused
/// as it is when no record changed, updated in place when some did, rebuilt when the indexing code,
/// the names authority or the manifest itself no longer matches.
/// </summary>
public sealed partial class ArchiveIndex
{
    /// <summary>
    /// Opens the index in <paramref name="indexPath"/> for the records in
    /// <paramref name="documentsPath"/>: reused, updated or rebuilt, whichever the folder's files
    /// need (<see cref="Update"/> says which, and why). <paramref name="indexed"/> is given the
    /// records written (new or changed texts, every record on a rebuild) before they are let go, so
    /// a caller can keep their texts (the version store) without the whole corpus staying in memory.
    /// </summary>
    public static ArchiveIndex Open(string documentsPath, string indexPath, NameAuthority names,
        Action<IReadOnlyList<ArchiveDocument>>? indexed = null, IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        var stopwatch = Stopwatch.StartNew();
        System.IO.Directory.CreateDirectory(indexPath);
        var owner = TakeOwnership(indexPath);
        var directory = FSDirectory.Open(indexPath);
        var analyzer = ArchiveAnalyzer.Create();
        try
        {
            // The folder listing and the manifest are the two costs of a restart (about half a
            // second each at 100,000 records): read them side by side.
            var listing = Task.Run(() => DocumentLoader.Scan(documentsPath));
            var manifest = Usable(directory, indexPath, names, out var problem);
            var files = listing.GetAwaiter().GetResult();
            var update = manifest is null
                ? Rebuild(directory, indexPath, files, analyzer, names, problem!, indexed, progress, cancellation)
                : Refresh(directory, documentsPath, indexPath, files, manifest, analyzer, names, indexed, progress, cancellation);
            update = update with { Elapsed = stopwatch.Elapsed };
            return new ArchiveIndex(directory, analyzer, names, update.Served.Count, stopwatch.Elapsed, update) { _owner = owner, _indexPath = indexPath };
        }
        catch
        {
            analyzer.Dispose();
            directory.Dispose();
            owner.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the index in <paramref name="indexPath"/> as it was last committed, reading neither the
    /// documents folder nor the manifest, so the site can serve at once: what it serves comes from
    /// the <see cref="ServedCatalog"/> saved for this <see cref="Commit"/>, or from
    /// <see cref="ReadManifest"/> when there is none, and <see cref="Verify"/> then compares the
    /// folder and brings the index up to date in place. Call it when <see cref="RebuildReason"/> is null.
    /// </summary>
    public static ArchiveIndex OpenUnverified(string indexPath, NameAuthority names)
    {
        var stopwatch = Stopwatch.StartNew();
        var owner = TakeOwnership(indexPath);
        var directory = FSDirectory.Open(indexPath);
        try
        {
            var index = new ArchiveIndex(directory, ArchiveAnalyzer.Create(), names, 0, TimeSpan.Zero)
            {
                _owner = owner,
                _indexPath = indexPath,
            };
            index._documentCount = index.CountDocuments();
            index.BuildTime = stopwatch.Elapsed;
            return index;
        }
        catch
        {
            directory.Dispose();
            owner.Dispose();
            throw;
        }
    }

    /// <summary>
    /// For an index opened unverified: what its manifest says is served, and the notices of the other
    /// files, without looking at the folder; it becomes <see cref="Update"/>. Null, with the reason,
    /// when the manifest cannot be trusted after all (damaged past its head, say): the index must
    /// then be rebuilt.
    /// </summary>
    public IndexUpdate? ReadManifest(out string? problem)
    {
        var stopwatch = Stopwatch.StartNew();
        if (_indexPath is null)
        {
            throw new InvalidOperationException("Only an index kept in a folder this site writes reads its manifest.");
        }

        problem = null;
        var manifest = _manifest ??= Usable(_directory, _indexPath!, Names, out problem);
        if (manifest is null)
        {
            return null;
        }

        var (served, rejections, warnings) = IndexManifest.Collect(manifest.Files);
        return _update = new IndexUpdate(IndexUpdateKind.Reused, null, served, rejections, warnings, 0, 0, 0, 0, stopwatch.Elapsed);
    }

    /// <summary>
    /// For an index kept in a folder this site writes (<see cref="Open"/>, <see cref="OpenUnverified"/>):
    /// lists <paramref name="documentsPath"/>, compares it with the manifest, updates the index in
    /// place as <see cref="Open"/> would (or rebuilds it, should the manifest turn out unreadable),
    /// and moves searches to the new commit (Lucene's searcher manager: searches under way finish on
    /// the one they began with). Returns, and becomes <see cref="Update"/>, what it did. Called once
    /// after <see cref="OpenUnverified"/>, and again whenever the folder may have changed (live
    /// reload); calls wait for one another.
    /// </summary>
    public IndexUpdate Verify(string documentsPath, Action<IReadOnlyList<ArchiveDocument>>? indexed = null,
        IProgress<IndexProgress>? progress = null, CancellationToken cancellation = default)
    {
        if (_indexPath is null || _owner is null)
        {
            throw new InvalidOperationException("Only an index kept in a folder this site writes is compared with its documents folder.");
        }

        lock (_verifying)
        {
            return VerifyLocked(documentsPath, indexed, progress, cancellation);
        }
    }

    private IndexUpdate VerifyLocked(string documentsPath, Action<IReadOnlyList<ArchiveDocument>>? indexed, IProgress<IndexProgress>? progress,
        CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        var files = DocumentLoader.Scan(documentsPath);
        string? problem = null;
        var manifest = _manifest ?? Usable(_directory, _indexPath!, Names, out problem);
        var update = (manifest is null
                ? Rebuild(_directory, _indexPath!, files, Analyzer, Names, problem!, indexed, progress, cancellation)
                : Refresh(_directory, documentsPath, _indexPath!, files, manifest, Analyzer, Names, indexed, progress, cancellation))
            with { Elapsed = stopwatch.Elapsed };
        _manifest = null;
        if (update.Kind != IndexUpdateKind.Reused)
        {
            Searchers.MaybeRefreshBlocking();
        }

        _documentCount = update.Served.Count;
        _update = update;
        return update;
    }

    /// <summary>
    /// The manifest commit of the index searches run on (the id its <see cref="IndexManifest"/> and
    /// <see cref="ServedCatalog"/> are written for); null for an index without one.
    /// </summary>
    public string? Commit
    {
        get
        {
            var searcher = Searchers.Acquire();
            try
            {
                return searcher.IndexReader is DirectoryReader { IndexCommit.UserData: var data } && data.TryGetValue(IndexManifest.CommitKey, out var commit)
                    ? commit
                    : null;
            }
            finally
            {
                Searchers.Release(searcher);
            }
        }
    }

    private int CountDocuments()
    {
        var searcher = Searchers.Acquire();
        try
        {
            return searcher.IndexReader.NumDocs;
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <summary>The file held open, exclusively, while a site may write the index: a second writer is refused at once.</summary>
    public const string OwnerFileName = "archivesite.lock";

    /// <summary>
    /// Holds the index folder for this process alone: two sites rebuilding one folder would delete
    /// each other's files. (On Linux, .NET takes an advisory lock for FileShare.None.)
    /// </summary>
    private static FileStream TakeOwnership(string indexPath)
    {
        try
        {
            return new FileStream(Path.Combine(indexPath, OwnerFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException(
                $"Another ArchiveSite process is using the index folder '{indexPath}' ({ex.Message}). Give each site that reads a documents folder its own Archive:IndexPath, or build the index once (build-index) and serve it with Archive:ReadOnly=true.", ex);
        }
    }

    /// <summary>
    /// Opens an index built elsewhere (an artifact shipped to a replica) without reading a
    /// documents folder or writing a byte. Fails, saying why, unless the folder holds a complete
    /// index written by this code with this names authority.
    /// </summary>
    public static ArchiveIndex OpenReadOnly(string indexPath, NameAuthority names)
    {
        var stopwatch = Stopwatch.StartNew();
        if (!System.IO.Directory.Exists(indexPath))
        {
            throw new DirectoryNotFoundException($"The index folder '{indexPath}' does not exist: build the index first (build-index).");
        }

        var directory = FSDirectory.Open(indexPath);
        var manifest = Usable(directory, indexPath, names, out var problem);
        if (manifest is null)
        {
            directory.Dispose();
            throw new InvalidOperationException($"The index in '{indexPath}' cannot be served read-only: {problem}. Build it again with this version of the site (build-index).");
        }

        var (served, rejections, warnings) = IndexManifest.Collect(manifest.Files);
        var update = new IndexUpdate(IndexUpdateKind.Reused, null, served, rejections, warnings, 0, 0, 0, 0, stopwatch.Elapsed);
        return new ArchiveIndex(directory, ArchiveAnalyzer.Create(), names, served.Count, stopwatch.Elapsed, update);
    }

    /// <summary>
    /// Why opening <paramref name="indexPath"/> would rebuild the index (no index yet, another
    /// version of the code, a damaged manifest…), or null when it would be reused or updated in place.
    /// </summary>
    public static string? RebuildReason(string indexPath, NameAuthority names)
    {
        if (!System.IO.Directory.Exists(indexPath))
        {
            return "there is no index yet";
        }

        // The head alone decides the common case (an index of this code, at this commit) without
        // reading a large manifest twice; anything else gets the full check, and its reason.
        using var directory = FSDirectory.Open(indexPath);
        if (IndexManifest.TryReadHead(indexPath) is { } head && head.Format == IndexManifest.CurrentFormat
            && head.Indexer == IndexerFingerprint(names) && head.Commit == CommitOf(directory, out _))
        {
            return null;
        }

        return Usable(directory, indexPath, names, out var problem) is null ? problem : null;
    }

    /// <summary>
    /// Which code and authority an index is written by: the Core assembly's module version id (the
    /// build is deterministic, so it changes exactly when the code does) and the names fingerprint.
    /// </summary>
    internal static string IndexerFingerprint(NameAuthority names) =>
        $"{typeof(ArchiveIndex).Assembly.ManifestModule.ModuleVersionId:N}-{names.Fingerprint}";

    /// <summary>The manifest, when it can be trusted to describe the index on disk; otherwise null and why.</summary>
    private static IndexManifest? Usable(LuceneDirectory directory, string indexPath, NameAuthority names, out string? problem)
    {
        var manifest = IndexManifest.TryRead(indexPath, out problem);
        if (manifest is null)
        {
            return null;
        }

        if (manifest.Indexer != IndexerFingerprint(names))
        {
            problem = "the index was written by another version of the indexing code or with another names authority";
            return null;
        }

        var commit = CommitOf(directory, out var unreadable);
        if (unreadable is not null)
        {
            problem = $"the index files cannot be read ({unreadable})";
            return null;
        }

        if (commit != manifest.Commit)
        {
            problem = "the index files do not match their manifest (an earlier build was interrupted)";
            return null;
        }

        return manifest;
    }

    /// <summary>The manifest commit named in the index's last commit, or null (with why, when the files cannot be read).</summary>
    private static string? CommitOf(LuceneDirectory directory, out string? unreadable)
    {
        unreadable = null;
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return null;
            }

            // The last commit's user data, from the segments file alone: no segment is opened.
            var commits = DirectoryReader.ListCommits(directory);
            return commits[^1].UserData.TryGetValue(IndexManifest.CommitKey, out var commit) ? commit : null;
        }
        catch (IOException ex)
        {
            unreadable = ex.Message;
            return null;
        }
    }

    private static IndexUpdate Rebuild(LuceneDirectory directory, string indexPath, IReadOnlyList<RecordFile> files, Lucene.Net.Analysis.Analyzer analyzer,
        NameAuthority names, string reason, Action<IReadOnlyList<ArchiveDocument>>? indexed, IProgress<IndexProgress>? progress, CancellationToken cancellation)
    {
        var stopwatch = Stopwatch.StartNew();
        var done = 0;
        var read = files.AsParallel().AsOrdered().WithCancellation(cancellation).Select(file =>
        {
            var result = Read(file, names);
            if (progress is not null && Interlocked.Increment(ref done) % 1000 == 0)
            {
                progress.Report(new IndexProgress(done, files.Count, stopwatch.Elapsed, IndexStep.Reading));
            }

            return result;
        }).ToArray();
        var load = DocumentLoader.Collect(read.Select(r => r.Result));
        var commit = NewCommit();
        ArchiveIndexBuilder.Build(directory, load.Documents, analyzer, names, commit, progress, cancellation);
        var manifest = new IndexManifest(IndexManifest.CurrentFormat, IndexerFingerprint(names), commit[IndexManifest.CommitKey], read.Select(r => r.Entry).ToArray());
        manifest.Write(indexPath);
        indexed?.Invoke(load.Documents);
        var (served, _, _) = IndexManifest.Collect(manifest.Files);
        return new IndexUpdate(IndexUpdateKind.Rebuilt, reason, served, load.Rejections, load.Warnings, load.Documents.Count, 0, 0, files.Count, TimeSpan.Zero);
    }

    /// <summary>
    /// Compares the folder with the manifest and brings the index up to date in place: records of
    /// changed, new or newly unique files are (re-)added, those of removed or now-rejected files
    /// deleted, and reply threads inferred again over every letter, re-indexing unchanged records
    /// whose thread moved.
    /// </summary>
    private static IndexUpdate Refresh(LuceneDirectory directory, string documentsPath, string indexPath, IReadOnlyList<RecordFile> files, IndexManifest manifest,
        Lucene.Net.Analysis.Analyzer analyzer, NameAuthority names, Action<IReadOnlyList<ArchiveDocument>>? indexed, IProgress<IndexProgress>? progress,
        CancellationToken cancellation)
    {
        var previous = manifest.Files.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var filesRead = 0;
        var now = files.AsParallel().AsOrdered().WithCancellation(cancellation).Select(file =>
        {
            var known = previous.GetValueOrDefault(file.Relative);
            if (known is not null && known.SameStat(file))
            {
                return (Entry: known, Document: (ArchiveDocument?)null);
            }

            Interlocked.Increment(ref filesRead);
            var read = Read(file, names);
            // Touched but not changed (copied, checked out again): the same bytes, a new time.
            return known is not null && known.Sha256.Length > 0 && known.Sha256 == read.Entry.Sha256
                ? (Entry: known with { Length = file.Length, Modified = file.Modified }, Document: read.Result.Document)
                : (read.Entry, read.Result.Document);
        }).ToArray();

        var (before, _, _) = IndexManifest.Collect(manifest.Files);
        var (served, rejections, warnings) = IndexManifest.Collect(now.Select(n => n.Entry));
        var beforeById = before.ToDictionary(f => f.Id!, StringComparer.OrdinalIgnoreCase);
        var servedIds = served.Select(f => f.Id!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var parsed = now.Where(n => n.Document is not null).ToDictionary(n => n.Entry.Path, n => n.Document!, StringComparer.Ordinal);

        var changed = served
            .Where(f => !beforeById.TryGetValue(f.Id!, out var was) || was.Path != f.Path || was.Sha256 != f.Sha256 || was.Id != f.Id)
            .ToArray();
        var changedIds = changed.Select(f => f.Id!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var deleteIds = before
            .Where(f => !servedIds.Contains(f.Id!) || changedIds.Contains(f.Id!))
            .Select(f => f.Id!)
            .ToArray();
        var removed = before.Count(f => !servedIds.Contains(f.Id!));
        var updatedManifest = manifest with { Files = now.Select(n => n.Entry).ToArray() };
        if (changed.Length == 0 && deleteIds.Length == 0)
        {
            if (filesRead > 0 || updatedManifest.Files.Count != manifest.Files.Count)
            {
                updatedManifest.Write(indexPath); // the new times (and rejected files' notices), so the next start reads nothing
            }

            return new IndexUpdate(IndexUpdateKind.Reused, null, served, rejections, warnings, 0, 0, 0, filesRead, TimeSpan.Zero);
        }

        // A record that was a duplicate and now wins was never read this time: read it now.
        var documents = changed.ToDictionary(
            f => f.Id!,
            f => parsed.GetValueOrDefault(f.Path) ?? DocumentLoader.LoadFile(Path.Combine(documentsPath, f.Path), f.Path).Document
                ?? throw new IOException($"'{f.Path}' changed while it was being read; start again."),
            StringComparer.OrdinalIgnoreCase);

        // Threads span records: infer them again over every letter, and re-index an unchanged
        // letter whose place in a thread moved (its original was removed, say).
        var (letters, oldRelations) = ReadLetters(directory, served.Where(f => f.Letter && !documents.ContainsKey(f.Id!)));
        var relations = RelationFields.Infer(letters.Concat(documents.Values.Where(d => ReplyThreads.IsLetter(d, names))), names);
        var relinked = letters.Where(l => relations.Describe(l.Id) != oldRelations[l.Id]).ToArray();
        var toIndex = documents.Values.Concat(relinked).ToArray();
        deleteIds = [.. deleteIds, .. relinked.Select(d => d.Id)];

        var commit = NewCommit();
        ArchiveIndexBuilder.Update(directory, deleteIds, toIndex, relations, analyzer, names, commit, progress, cancellation);
        (updatedManifest with { Commit = commit[IndexManifest.CommitKey] }).Write(indexPath);
        indexed?.Invoke(documents.Values.ToArray());
        return new IndexUpdate(IndexUpdateKind.Updated, null, served, rejections, warnings, documents.Count, removed, relinked.Length, filesRead, TimeSpan.Zero);
    }

    /// <summary>The stored records of <paramref name="entries"/> and the relation fields the index holds for each.</summary>
    private static (IReadOnlyList<ArchiveDocument> Letters, IReadOnlyDictionary<string, string> Relations) ReadLetters(LuceneDirectory directory, IEnumerable<ManifestFile> entries)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        // Reading and parsing stored records is most of an update's time on a large corpus: spread it over the cores.
        var read = entries.AsParallel().AsOrdered().Select(entry =>
        {
            var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, entry.Id)), 1);
            if (top.TotalHits == 0)
            {
                return default;
            }

            var stored = searcher.Doc(top.ScoreDocs[0].Doc);
            var document = RecordJson.Read(stored.Get(IndexSchema.Record));
            return (Document: document, Relation: RelationFields.Describe(stored.Get(IndexSchema.InReplyTo), stored.Get(IndexSchema.ReplyReason), stored.Get(IndexSchema.Thread)));
        }).Where(r => r.Document is not null).ToArray();

        return (read.Select(r => r.Document).ToArray(), read.ToDictionary(r => r.Document.Id, r => r.Relation, StringComparer.Ordinal));
    }

    private static (RecordParseResult Result, ManifestFile Entry) Read(RecordFile file, NameAuthority names)
    {
        var (result, sha256) = DocumentLoader.ReadFile(file.Path, file.Relative);
        var document = result.Document;
        var entry = new ManifestFile(
            file.Relative,
            file.Length,
            file.Modified,
            sha256,
            document?.Id,
            document is null ? null : RecordVersion.Of(document),
            result.Rejection,
            result.Warnings,
            document is null ? [] : Facets.Find("archive")!.Values(document, names).Distinct(StringComparer.Ordinal).ToArray(),
            document is not null && ReplyThreads.IsLetter(document, names));
        return (result, entry);
    }

    private static Dictionary<string, string> NewCommit() => new() { [IndexManifest.CommitKey] = Guid.NewGuid().ToString("N") };
}
