using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Rendering;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Writes documents into a Lucene index, following the Lucene.Net demo's IndexFiles recipe.
/// Each field's type is chosen in <see cref="IndexSchema"/>, where the reasons are written down.
/// </summary>
internal static class ArchiveIndexBuilder
{
    /// <summary>Replaces whatever <paramref name="directory"/> held with an index of <paramref name="documents"/>, all held in memory (tests and benchmarks; a site streams its files through <see cref="IndexRebuild"/>).</summary>
    public static void Build(LuceneDirectory directory, IEnumerable<ArchiveDocument> documents, Analyzer analyzer, NameAuthority names)
    {
        var all = documents as IReadOnlyCollection<ArchiveDocument> ?? documents.ToList();
        var relations = RelationFields.Infer(all, names);
        Create(directory, null, "an index", analyzer, null, writer => AddAll(writer, all, relations, names, null, CancellationToken.None));
    }

    /// <summary>
    /// Replaces whatever <paramref name="directory"/> held with the index <paramref name="add"/>
    /// writes (<see cref="AddAll"/>, as many times as it likes), committed with <paramref name="commitData"/>.
    /// A failure to write (<paramref name="what"/>, in <paramref name="indexPath"/>) says so with the path.
    /// </summary>
    internal static void Create(LuceneDirectory directory, string? indexPath, string what, Analyzer analyzer, IDictionary<string, string>? commitData, Action<IndexWriter> add) =>
        IndexWrites.Describe(() =>
        {
            var writer = new IndexWriter(directory, WriterConfig(analyzer, OpenMode.CREATE));
            Write(writer, () => add(writer), commitData);
        }, indexPath, what);

    /// <summary>
    /// Changes an index in place: deletes the records with <paramref name="deleteIds"/>, then adds
    /// <paramref name="documents"/> (deletes go first, so a record re-added under its own id is not
    /// deleted again), and commits with <paramref name="commitData"/>.
    /// </summary>
    internal static void Update(LuceneDirectory directory, string indexPath, IEnumerable<string> deleteIds, IReadOnlyCollection<ArchiveDocument> documents,
        RelationFields relations, Analyzer analyzer, NameAuthority names, IDictionary<string, string> commitData, IProgress<IndexProgress>? progress,
        CancellationToken cancellation = default) => IndexWrites.Describe(() =>
    {
        var writer = new IndexWriter(directory, WriterConfig(analyzer, OpenMode.APPEND));
        Write(writer, () =>
        {
            writer.DeleteDocuments(deleteIds.Select(id => new Term(IndexSchema.Id, id)).ToArray());
            var stopwatch = System.Diagnostics.Stopwatch.StartNew();
            var done = 0;
            AddAll(writer, documents, relations, names, () =>
            {
                var count = Interlocked.Increment(ref done);
                if (progress is not null && count % ProgressStep == 0)
                {
                    progress.Report(new IndexProgress(count, documents.Count, stopwatch.Elapsed));
                }
            }, cancellation);
            progress?.Report(new IndexProgress(documents.Count, documents.Count, stopwatch.Elapsed));
        }, commitData);
    }, indexPath, "the segment files of an update");

    /// <summary>
    /// Runs <paramref name="add"/> and commits; on any failure (a stop requested, a full disk) rolls
    /// back, never commits, so the index on disk stays at its last commit, which its manifest
    /// describes, and the files the failed writer left are removed.
    /// </summary>
    private static void Write(IndexWriter writer, Action add, IDictionary<string, string>? commitData)
    {
        try
        {
            add();
            Commit(writer, commitData);
            writer.Dispose();
        }
        catch
        {
            try
            {
                writer.Rollback();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Removing the failed writer's files failed too (the disk is still full, or read-only):
                // the last commit is untouched either way, and the write's own failure is the one to report.
            }

            throw;
        }
    }

    private static IndexWriterConfig WriterConfig(Analyzer analyzer, OpenMode mode) => new(ArchiveAnalyzer.Version, analyzer)
    {
        OpenMode = mode,
        // The norms are written for the similarity the searcher scores with (IndexSchema.Similarity).
        Similarity = IndexSchema.Similarity,
        // Separate files per segment, not one compound file: a compound file is every flushed
        // segment written a second time, a tenth of a large build's time, and it only saves
        // file handles, which a server holding one index does not run short of.
        UseCompoundFile = false,
        MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
        // Per indexing thread: fewer, larger flushed segments make fewer merges.
        RAMBufferSizeMB = 128,
    };

    /// <summary>
    /// Adds every record, on every core: IndexWriter takes documents from many threads at once, and
    /// preparing a record (plain text, names, dates) costs as much as Lucene's own work. The order of
    /// documents inside the index then varies from build to build; every sort ends on the id
    /// (<see cref="IndexSchema.IdSort"/>), so no page a reader sees depends on it. <paramref name="added"/>
    /// is called after each record, from the thread that added it.
    /// </summary>
    internal static void AddAll(IndexWriter writer, IReadOnlyCollection<ArchiveDocument> documents, RelationFields relations, NameAuthority names,
        Action? added, CancellationToken cancellation)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellation };
        Parallel.ForEach(documents, options, () => new NumericStreams(), (document, _, numbers) =>
        {
            var doc = ToLuceneDocument(document, names, numbers);
            relations.AddTo(doc, document);
            // Last, so that reading any other stored field stops before it (IndexSchema.Record).
            doc.Add(new StoredField(IndexSchema.Record, RecordJson.Write(document)));
            writer.AddDocument(doc);
            added?.Invoke();
            return numbers;
        }, _ => { });
    }

    /// <summary>Records between two progress reports.</summary>
    internal const int ProgressStep = 1000;

    private static void Commit(IndexWriter writer, IDictionary<string, string>? commitData)
    {
        if (commitData is not null)
        {
            writer.SetCommitData(commitData);
        }

        writer.Commit();
    }

    /// <summary>The Lucene document for one record, its numbers read from <paramref name="numbers"/>: add it before reusing them.</summary>
    private static Document ToLuceneDocument(ArchiveDocument document, NameAuthority names, NumericStreams numbers)
    {
        var body = MarkdownRenderer.ToPlainText(document);
        var doc = new Document
        {
            new StringField(IndexSchema.Id, document.Id, Field.Store.YES),
            new SortedDocValuesField(IndexSchema.IdSort, new BytesRef(document.Id)),
            new TextField(IndexSchema.Title, document.Title, Field.Store.YES),
            new TextField(IndexSchema.Summary, document.Summary, Field.Store.YES),
            new Field(IndexSchema.Body, body, IndexSchema.BodyType),
            new TextField(IndexSchema.Citation, document.Citation.Text, Field.Store.NO),
            new TextField(IndexSchema.Language, document.OriginalLanguage, Field.Store.NO),
            new StoredField(IndexSchema.DateText, document.DateText),
            new StoredField(IndexSchema.Plain, body),
            new Field(IndexSchema.Spell, $"{document.Title}\n{document.Summary}\n{body}\n{document.Citation.Text}", IndexSchema.SpellType),
        };

        foreach (var reference in document.Citation.References)
        {
            doc.Add(new TextField(IndexSchema.Reference, ReferenceTerms(reference), Field.Store.NO));
        }

        var mentions = names.MentionsIn(document, $"{document.Title}\n{document.Summary}\n{document.Citation.Text}\n{body}").ToArray();
        foreach (var person in mentions.Select(m => m.Person.Id).Distinct(StringComparer.Ordinal))
        {
            doc.Add(new StringField(IndexSchema.Person, person, Field.Store.NO));
        }

        foreach (var spelling in NameVariants.ValuesOf(mentions))
        {
            doc.Add(new SortedSetDocValuesField(NameVariants.Dimension.Field, new BytesRef(spelling)));
        }

        CollectionFields.AddTo(doc, document);

        foreach (var facet in Facets.All)
        {
            foreach (var value in facet.Values(document, names).Distinct(StringComparer.Ordinal))
            {
                foreach (var field in IndexSchema.FacetValue(facet.Field, value))
                {
                    doc.Add(field);
                }
            }
        }

        if (document.Date is { } date)
        {
            doc.Add(numbers.DateStart.Field(IndexSchema.DateStart, [ArchiveDate.ToNumber(date.Start)]));
            doc.Add(numbers.DateEnd.Field(IndexSchema.DateEnd, [ArchiveDate.ToNumber(date.End)]));
            doc.Add(new NumericDocValuesField(IndexSchema.DateSort, ArchiveDate.ToNumber(date.Start)));
            doc.Add(new StoredField(IndexSchema.DateIso, date.Iso));
        }

        if (MessageNumber.Read(document) is { } number)
        {
            doc.Add(new NumericDocValuesField(IndexSchema.MessageNumber, number));
        }

        var days = MentionedDates.Find(body, document.Date).SelectMany(d => d.Days).Distinct().Select(ArchiveDate.ToNumber).ToList();
        if (days.Count > 0)
        {
            doc.Add(numbers.MentionedDay.Field(IndexSchema.MentionedDay, days));
        }

        return doc;
    }

    /// <summary>"APRF fond 45 opis 1 delo 347 listy 90-91": one value per reference, levels in canonical words.</summary>
    private static string ReferenceTerms(ArchivalReference reference) =>
        string.Join(' ', new[] { reference.Archive }.Concat(reference.Levels.Select(l => $"{l.Kind.ToString().ToLowerInvariant()} {l.Value}")));
}
