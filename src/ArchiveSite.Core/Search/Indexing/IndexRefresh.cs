using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using Lucene.Net.Index;
using Lucene.Net.Search;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Brings a persisted index up to date in place: reads the files whose size or time moved, works out
/// what changed (<see cref="FolderDiff"/>), re-indexes the changed records and deletes the gone ones,
/// infers reply threads again over every letter (re-indexing an unchanged letter whose thread
/// moved), and writes the new manifest.
/// </summary>
internal static class IndexRefresh
{
    /// <summary>Compares <paramref name="files"/> with <paramref name="manifest"/> and updates the index in <paramref name="directory"/>.</summary>
    public static IndexUpdate Run(LuceneDirectory directory, string documentsPath, string indexPath, IReadOnlyList<RecordFile> files, IndexManifest manifest,
        NameAuthority names, Action<IEnumerable<ArchiveDocument>>? indexed, IProgress<IndexProgress>? progress, CancellationToken cancellation,
        Func<LuceneDirectory, LuceneDirectory>? writes = null)
    {
        var (now, filesRead) = ReadFolder(files, manifest, names, cancellation);
        var diff = FolderDiff.Between(manifest.Files, now.Select(n => n.Entry).ToArray());
        var updatedManifest = manifest with { Files = now.Select(n => n.Entry).ToArray() };
        if (diff.IsEmpty)
        {
            if (filesRead > 0 || updatedManifest.Files.Count != manifest.Files.Count)
            {
                // The new times (and rejected files' notices), so the next start reads nothing.
                IndexWrites.Describe(() => updatedManifest.Write(indexPath), indexPath, "the index manifest's new file times");
            }

            return new IndexUpdate(IndexUpdateKind.Reused, null, diff.Served, diff.Rejections, diff.Warnings, 0, 0, 0, filesRead, TimeSpan.Zero);
        }

        // A record that was a duplicate and now wins was never read this time: read it now.
        var parsed = now.Where(n => n.Document is not null).ToDictionary(n => n.Entry.Path, n => n.Document!, StringComparer.Ordinal);
        var documents = diff.Changed.ToDictionary(
            f => f.Id!,
            f => parsed.GetValueOrDefault(f.Path) ?? DocumentLoader.LoadFile(Path.Combine(documentsPath, f.Path), f.Path).Document
                ?? throw new IOException($"'{f.Path}' changed while it was being read; start again."),
            StringComparer.OrdinalIgnoreCase);

        // Threads span records: infer them again over every letter, and re-index an unchanged
        // letter whose place in a thread moved (its original was removed, say).
        var (letters, oldRelations) = ReadLetters(directory, diff.Served.Where(f => f.Letter && !documents.ContainsKey(f.Id!)));
        var relations = RelationFields.Infer(letters.Concat(documents.Values.Where(d => ReplyThreads.IsLetter(d, names))), names);
        var relinked = letters.Where(l => relations.Describe(l.Id) != oldRelations[l.Id]).ToArray();
        var toIndex = documents.Values.Concat(relinked).ToArray();
        var deleteIds = diff.DeleteIds.Concat(relinked.Select(d => d.Id)).ToArray();

        var commit = IndexFolder.NewCommit();
        using (var analyzer = ArchiveAnalyzer.Create())
        {
            ArchiveIndexBuilder.Update(IndexWrites.Through(directory, writes), indexPath, deleteIds, toIndex, relations, analyzer, names, commit, progress, cancellation);
        }

        IndexWrites.Describe(() => (updatedManifest with { Commit = commit[IndexManifest.CommitKey] }).Write(indexPath), indexPath, "the index manifest of an update");
        indexed?.Invoke(documents.Values.ToArray());
        return new IndexUpdate(IndexUpdateKind.Updated, null, diff.Served, diff.Rejections, diff.Warnings, documents.Count, diff.Removed, relinked.Length, filesRead, TimeSpan.Zero);
    }

    /// <summary>
    /// Every file's manifest entry now: a file whose size and time are as recorded is taken as it was
    /// (not read); another is read and hashed, and keeps its old entry, with the new time, when its
    /// bytes did not change (touched, copied, checked out again). Returns the records read too.
    /// </summary>
    private static ((ManifestFile Entry, ArchiveDocument? Document)[] Now, int FilesRead) ReadFolder(IReadOnlyList<RecordFile> files, IndexManifest manifest,
        NameAuthority names, CancellationToken cancellation)
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
            var read = IndexRebuild.Read(file, names);
            return known is not null && known.Sha256.Length > 0 && known.Sha256 == read.Entry.Sha256
                ? (Entry: known with { Length = file.Length, Modified = file.Modified }, Document: read.Result.Document)
                : (read.Entry, read.Result.Document);
        }).ToArray();
        return (now, filesRead);
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
}
