using System.Diagnostics;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Builds a persisted index from scratch: reads and parses every file on every core, indexes the
/// records the folder serves, and writes the manifest of what it was built from.
/// </summary>
internal static class IndexRebuild
{
    /// <summary>Rebuilds the index in <paramref name="directory"/> from <paramref name="files"/>, for <paramref name="reason"/>.</summary>
    public static IndexUpdate Run(LuceneDirectory directory, string indexPath, IReadOnlyList<RecordFile> files, NameAuthority names, string reason,
        Action<IReadOnlyList<ArchiveDocument>>? indexed, IProgress<IndexProgress>? progress, CancellationToken cancellation)
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
        var commit = IndexFolder.NewCommit();
        using (var analyzer = ArchiveAnalyzer.Create())
        {
            ArchiveIndexBuilder.Build(directory, load.Documents, analyzer, names, commit, progress, cancellation);
        }

        var manifest = new IndexManifest(IndexManifest.CurrentFormat, IndexFolder.IndexerFingerprint(names), commit[IndexManifest.CommitKey], read.Select(r => r.Entry).ToArray());
        manifest.Write(indexPath);
        indexed?.Invoke(load.Documents);
        var (served, _, _) = IndexManifest.Collect(manifest.Files);
        return new IndexUpdate(IndexUpdateKind.Rebuilt, reason, served, load.Rejections, load.Warnings, load.Documents.Count, 0, 0, files.Count, TimeSpan.Zero);
    }

    /// <summary>Reads one file: its parse, and its manifest entry (stat, hash, what the site needs of it).</summary>
    public static (RecordParseResult Result, ManifestFile Entry) Read(RecordFile file, NameAuthority names)
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
            document is null ? [] : Facets.Archive.Values(document, names).Distinct(StringComparer.Ordinal).ToArray(),
            document is not null && ReplyThreads.IsLetter(document, names));
        return (result, entry);
    }
}
