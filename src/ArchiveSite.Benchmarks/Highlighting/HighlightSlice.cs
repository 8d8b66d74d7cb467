using System.Diagnostics;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArchiveSite.Benchmarks.Highlighting;

/// <summary>
/// What the highlighting comparison runs on: the site's own index of the first N records (it
/// chooses the hits, as a search does), and beside it a body-only index of the same records
/// that both Lucene highlighters can read: the body's plain text stored under <c>body</c> (as
/// FastVectorHighlighter and PostingsHighlighter load it), analysed by the site's analyzer, with
/// offsets in its postings (as the site's body has: ours and PostingsHighlighter read them) and a
/// term vector with positions and offsets (which FastVectorHighlighter needs and the site's body
/// does not keep). All three highlighters read the same body index, so they differ only in what
/// they do.
/// </summary>
internal sealed class HighlightSlice
{
    /// <summary>The environment variable with the slice's size; 5,000 records without it.</summary>
    public const string RecordsVariable = "ARCHIVESITE_BENCH_HIGHLIGHT_RECORDS";

    /// <summary>The body field of <see cref="BodyIndex"/>, named as the site's.</summary>
    public const string Body = IndexSchema.Body;

    /// <summary>A body with everything every highlighter needs: stored, offsets in the postings, term vector with positions and offsets.</summary>
    public static readonly FieldType BodyForAll = IndexSchema.Frozen(new FieldType(TextField.TYPE_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        StoreTermVectors = true,
        StoreTermVectorPositions = true,
        StoreTermVectorOffsets = true,
    });

    private static readonly Dictionary<int, HighlightSlice> Built = [];

    private readonly Dictionary<string, int> _bodyDocs;
    private readonly QueryTranslator _translator;

    private HighlightSlice(ArchiveIndex index, IndexSearcher archive, IndexSearcher bodies, Dictionary<string, int> bodyDocs)
    {
        Index = index;
        Archive = new ArchiveSearcher(index);
        ArchiveLucene = archive;
        Bodies = bodies;
        _bodyDocs = bodyDocs;
        _translator = new QueryTranslator(index.Analyzer, index.Names);
    }

    public ArchiveIndex Index { get; }

    public ArchiveSearcher Archive { get; }

    /// <summary>The site's index, as Lucene sees it.</summary>
    public IndexSearcher ArchiveLucene { get; }

    /// <summary>The body-only index every highlighter reads.</summary>
    public IndexSearcher Bodies { get; }

    /// <summary>The slice's size in effect.</summary>
    public static int Records => BenchmarkCorpus.Sizes(RecordsVariable, 5000).First();

    /// <summary>The slice of <see cref="Records"/> records, built once per process.</summary>
    public static HighlightSlice Get(int records)
    {
        if (Built.TryGetValue(records, out var slice))
        {
            return slice;
        }

        var clock = Stopwatch.StartNew();
        var documents = BenchmarkCorpus.Documents(records);
        var index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default);
        var archive = index.Searchers.Acquire();
        var directory = new RAMDirectory();
        WriteBodies(directory, index, archive, BodyForAll);
        var bodies = new IndexSearcher(DirectoryReader.Open(directory));
        var bodyDocs = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var doc = 0; doc < bodies.IndexReader.MaxDoc; doc++)
        {
            bodyDocs[bodies.Doc(doc).Get(IndexSchema.Id)] = doc;
        }

        slice = new HighlightSlice(index, archive, bodies, bodyDocs);
        Built[records] = slice;
        Console.WriteLine($"// highlight slice: {documents.Count} records from {BenchmarkCorpus.Source}, both indexes in {clock.Elapsed.TotalSeconds:F1} s");
        return slice;
    }

    /// <summary>
    /// Writes every record's id and body (the stored plain text the site's snippets use) to
    /// <paramref name="directory"/> with the body typed <paramref name="bodyType"/>, merged to one segment.
    /// </summary>
    public static void WriteBodies(Lucene.Net.Store.Directory directory, ArchiveIndex index, IndexSearcher archive, FieldType bodyType)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, index.Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            UseCompoundFile = false,
            RAMBufferSizeMB = 256,
        };
        config.MergePolicy.NoCFSRatio = 0;
        using var writer = new IndexWriter(directory, config);
        var fields = new HashSet<string>([IndexSchema.Id, IndexSchema.Plain]);
        for (var doc = 0; doc < archive.IndexReader.MaxDoc; doc++)
        {
            var stored = archive.Doc(doc, fields);
            writer.AddDocument(
            [
                new StringField(IndexSchema.Id, stored.Get(IndexSchema.Id), Field.Store.YES),
                new Field(Body, stored.Get(IndexSchema.Plain), bodyType),
            ]);
        }

        writer.ForceMerge(1);
        writer.Commit();
    }

    /// <summary>The query as the site reads it (names to people, prefixes, phrases), rewritten against the site's index (wildcards to their terms).</summary>
    public Query Translate(string text)
    {
        var translated = _translator.Translate(text);
        if (translated.Query is null)
        {
            throw new InvalidOperationException($"{text}: {translated.Error}");
        }

        return ArchiveLucene.Rewrite(translated.Query);
    }

    /// <summary>What our highlighter marks for the query (its terms, the people it named).</summary>
    public TextMatcher Matcher(string text) =>
        Archive.Matcher(text, out var error) ?? throw new InvalidOperationException($"{text}: {error}");

    /// <summary>The body index's documents for the query's best <paramref name="count"/> hits in the site's index, best first.</summary>
    public int[] TopBodyDocs(string text, int count) =>
        ArchiveLucene.Search(_translator.Translate(text).Query!, count).ScoreDocs
            .Select(hit => _bodyDocs[ArchiveLucene.Doc(hit.Doc, new HashSet<string>([IndexSchema.Id])).Get(IndexSchema.Id)])
            .ToArray();

    /// <summary>The stored body of a document of the body index.</summary>
    public string BodyOf(int bodyDoc) => Bodies.Doc(bodyDoc, new HashSet<string>([Body])).Get(Body);
}
