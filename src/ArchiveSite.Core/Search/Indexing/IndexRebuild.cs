using System.Diagnostics;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Builds a persisted index from scratch, streaming: reads and parses the files a batch at a time
/// on every core, indexes the records the folder serves and lets them go, and writes the manifest of
/// what it was built from as it reads. Memory then holds a few batches, Lucene's buffer and a little
/// per record (its listing entry and served id, and for a letter what reply inference needs), not
/// the corpus.
/// </summary>
internal static class IndexRebuild
{
    /// <summary>
    /// Files read, parsed and indexed at a time: enough that both cores stay busy to the end of a
    /// batch, few enough that a batch is a few megabytes.
    /// </summary>
    internal const int BatchSize = 1000;

    /// <summary>Records waiting for the version store at most: a few batches, so recording never holds indexing up for long, nor the corpus in memory.</summary>
    private const int WaitingTexts = 4 * BatchSize;

    /// <summary>
    /// Files between two collections of the oldest generation. A record lives through a batch and
    /// the version store's queue, and Lucene's buffers until their segment is flushed: long enough
    /// to reach the garbage collector's oldest generation, which on a machine with memory to spare
    /// it lets grow by gigabytes before collecting (1.6 GB at 100,000 records without this, for
    /// some 250 MB alive). A background collection every few batches keeps the peak near what is alive.
    /// </summary>
    private const int FilesBetweenCollections = 5 * BatchSize;

    /// <summary>
    /// Rebuilds the index in <paramref name="directory"/> from <paramref name="files"/>, for
    /// <paramref name="reason"/>. <paramref name="indexed"/>, on a thread of its own, is given every
    /// record served, in path order, as the build reads it.
    /// </summary>
    /// <remarks>
    /// A letter's reply links need every letter at once, and Lucene cannot add fields to a record
    /// it holds. So a record that is not a letter is indexed as it is read; a letter leaves only its
    /// <see cref="LetterFacts"/>, and once every file is read and the links are inferred, the letters
    /// are read again and indexed with their links. Reading a file is a tenth of indexing it; holding
    /// every letter instead was most of a build's memory.
    /// </remarks>
    public static IndexUpdate Run(LuceneDirectory directory, string indexPath, IReadOnlyList<RecordFile> files, NameAuthority names, string reason,
        Action<IEnumerable<ArchiveDocument>>? indexed, IProgress<IndexProgress>? progress, CancellationToken cancellation, int batchSize = BatchSize,
        Func<LuceneDirectory, LuceneDirectory>? writes = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var served = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // A letter's hash as bytes: 56 bytes a letter held to the end of the build, against 152 as hex.
        var letters = new List<(LetterFacts Facts, RecordFile File, byte[] Sha256)>();
        var shared = new SharedStrings();
        var read = 0;
        var added = 0;
        var commit = IndexFolder.NewCommit();
        const string manifestWrite = "the index manifest of a rebuild";
        using var manifest = IndexWrites.Describe(
            () => IndexManifest.Writing.Start(indexPath, IndexManifest.CurrentFormat, IndexFolder.IndexerFingerprint(names), commit[IndexManifest.CommitKey], files.Count),
            indexPath, manifestWrite);
        using (var texts = new Handoff<ArchiveDocument>(indexed, WaitingTexts))
        {
            // Written with positional reads, not through the memory map the index is served from:
            // Lucene's merges read whole segments back, and mapped, those pages counted in the
            // process's resident memory (RssFile, 1.2 GB at 100,000 records as the build ended) though
            // they are the OS's file cache. The served directory sees the commit like any other.
            using var writing = directory is FSDirectory folder ? new NIOFSDirectory(folder.Directory) : null;
            using (var analyzer = ArchiveAnalyzer.Create())
            {
                ArchiveIndexBuilder.Create(IndexWrites.Through(writing ?? directory, writes), indexPath, "the segment files of a rebuild", analyzer, commit, writer =>
                {
                    foreach (var batch in files.Chunk(batchSize))
                    {
                        var others = new List<ArchiveDocument>(batch.Length);
                        foreach (var file in batch.AsParallel().AsOrdered().WithCancellation(cancellation).Select(file => ReadWithFacts(file, names, shared)).ToArray())
                        {
                            IndexWrites.Describe(() => manifest.Add(file.Entry), indexPath, manifestWrite);
                            read++;
                            // In path order, the first file with an id is served (DocumentLoader.Deduplicate).
                            if (file.Result.Document is not { } document || !served.Add(document.Id))
                            {
                                continue;
                            }

                            texts.Add(document);
                            if (file.Letter is { } facts)
                            {
                                letters.Add((facts, file.File, Convert.FromHexString(file.Entry.Sha256)));
                            }
                            else
                            {
                                others.Add(document);
                            }
                        }

                        ArchiveIndexBuilder.AddAll(writer, others, RelationFields.None, names, null, cancellation);
                        added += others.Count;
                        progress?.Report(new IndexProgress(read, files.Count, stopwatch.Elapsed, IndexStep.Reading));
                        LetGo(read, batch.Length);
                    }

                    // Told as a step of its own, so the notice does not linger on the last files read.
                    progress?.Report(new IndexProgress(0, letters.Count, TimeSpan.Zero, IndexStep.Linking));
                    // Served ids are unique, so a letter's id finds its file when a close call needs its words.
                    var fileOf = letters.ToDictionary(l => l.Facts.Id, l => (l.File, l.Sha256), StringComparer.Ordinal);
                    var relations = RelationFields.Infer(letters.Select(l => l.Facts).ToArray(), facts => ReadAgain(fileOf[facts.Id]));
                    var adding = Stopwatch.StartNew();
                    var addedBefore = added;
                    foreach (var batch in letters.Chunk(batchSize))
                    {
                        var documents = batch.AsParallel().AsOrdered().WithCancellation(cancellation).Select(l => ReadAgain((l.File, l.Sha256))).ToArray();
                        ArchiveIndexBuilder.AddAll(writer, documents, relations, names, null, cancellation);
                        added += documents.Length;
                        progress?.Report(new IndexProgress(added, served.Count, adding.Elapsed, IndexStep.Adding, addedBefore));
                        LetGo(added, documents.Length);
                    }
                });
            }

            IndexWrites.Describe(manifest.Complete, indexPath, manifestWrite);
            texts.Complete();
        }

        // Read back from the file just written, now that the letters and Lucene's buffers are let
        // go: the served files are what the site keeps anyway, and what a restart would read.
        var written = IndexManifest.TryRead(indexPath, out var problem)
            ?? throw new IOException($"The index manifest of the rebuild cannot be read back: {problem}.");
        var (servedFiles, rejections, warnings) = IndexManifest.Collect(written.Files);
        return new IndexUpdate(IndexUpdateKind.Rebuilt, reason, servedFiles, rejections, warnings, served.Count, 0, 0, files.Count, TimeSpan.Zero);
    }

    /// <summary>Collects the oldest generation, in the background, each time <paramref name="done"/> passes a multiple of <see cref="FilesBetweenCollections"/>.</summary>
    private static void LetGo(int done, int step)
    {
        if (done / FilesBetweenCollections != (done - step) / FilesBetweenCollections)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
        }
    }

    /// <summary>Reads one file: its parse, and its manifest entry (stat, hash, what the site needs of it).</summary>
    public static (RecordParseResult Result, ManifestFile Entry) Read(RecordFile file, NameAuthority names)
    {
        var (result, entry, _) = ReadParts(file, names);
        return (result, entry);
    }

    /// <summary>Reads one file as <see cref="Read(RecordFile, NameAuthority)"/> does, with a letter's facts for reply inference.</summary>
    /// <remarks>
    /// A letter's facts are kept until every file is read, so their strings that recur (names, dates
    /// as written, reply phrases) are <paramref name="shared"/>: one copy each, not one a letter.
    /// </remarks>
    private static (RecordParseResult Result, ManifestFile Entry, LetterFacts? Letter, RecordFile File) ReadWithFacts(RecordFile file, NameAuthority names, SharedStrings shared)
    {
        var (result, entry, who) = ReadParts(file, names);
        var facts = entry.Letter && result.Document is { } document && who is not null ? ReplyThreads.FactsOf(document, who) : null;
        return (result, entry, facts is null ? null : Compact(facts, shared), file);
    }

    private static LetterFacts Compact(LetterFacts facts, SharedStrings shared) => facts with
    {
        Date = facts.Date with { Text = shared.Get(facts.Date.Text) },
        Who = new Correspondents(shared.All(facts.Who.Senders), shared.All(facts.Who.Recipients), shared.All(facts.Who.Intermediaries)),
        ReplyPhrase = facts.ReplyPhrase is { } phrase ? shared.Get(phrase) : null,
    };

    /// <summary>A file's parse, its manifest entry, and its correspondents (read once, for the entry's letter flag and the letter's facts).</summary>
    private static (RecordParseResult Result, ManifestFile Entry, Correspondents? Who) ReadParts(RecordFile file, NameAuthority names)
    {
        var (result, sha256) = DocumentLoader.ReadFile(file.Path, file.Relative);
        var document = result.Document;
        var who = document is null ? null : Correspondents.FromTitle(document.Title, names);
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
            document is not null && ReplyThreads.IsLetter(document, who!));
        return (result, entry, who);
    }

    /// <summary>
    /// A letter read a second time, after reply inference: the same bytes as at first, or the build
    /// stops (as an update does when a file changes under it) rather than index a text its manifest
    /// and the version store do not describe.
    /// </summary>
    private static ArchiveDocument ReadAgain((RecordFile File, byte[] Sha256) letter)
    {
        var (result, sha256) = DocumentLoader.ReadFile(letter.File.Path, letter.File.Relative);
        return Convert.FromHexString(sha256).AsSpan().SequenceEqual(letter.Sha256) && result.Document is { } document
            ? document
            : throw new IOException($"'{letter.File.Relative}' changed while it was being read; start again.");
    }
}
