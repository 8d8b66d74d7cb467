using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ArchiveSite.Benchmarks.Peer;

/// <summary>
/// Our engine without our page: the Lucene query our search runs (the same public
/// <see cref="QueryTranslator"/>, dates and facet as its filters), its top 20 with id and title
/// read from stored fields (stopping once both are read: they are a record's first stored fields,
/// as the site's own lists stop before the record), and the total. No facet counts, timeline, spellings, snippets or
/// highlighting: only what the FTS5 side is asked for, so the two engines meet on equal work.
/// </summary>
internal sealed class LuceneFirstPage : IDisposable
{
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly QueryTranslator _translator;

    /// <summary>Opens the index <see cref="ArchiveIndex.Build"/> wrote into <paramref name="folder"/>.</summary>
    public LuceneFirstPage(ArchiveIndex index, string folder)
    {
        _reader = DirectoryReader.Open(FSDirectory.Open(folder));
        _searcher = new IndexSearcher(_reader);
        _translator = new QueryTranslator(index.Analyzer, index.Names);
    }

    /// <summary>Runs <paramref name="request"/>'s first page; returns the total.</summary>
    public int Run(SearchRequest request)
    {
        var query = new BooleanQuery();
        if (_translator.Translate(request.Text).Query is { } words)
        {
            query.Add(words, Occur.MUST);
        }

        foreach (var filter in Filters(request))
        {
            // Filters narrow without scoring, as in our search.
            query.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        }

        var top = request.EffectiveSort == SearchSort.Relevance
            ? _searcher.Search(query, request.PageSize)
            : _searcher.Search(query, null, request.PageSize, ByDate());
        foreach (var hit in top.ScoreDocs)
        {
            var card = new IdAndTitle();
            _searcher.Doc(hit.Doc, card);
            if (card.Id is null || card.Title is null)
            {
                throw new InvalidOperationException($"Document {hit.Doc} has no stored id or title.");
            }
        }

        return top.TotalHits;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private static IEnumerable<Query> Filters(SearchRequest request)
    {
        if (!DateFilter.TryRead(request.From, request.To, out var start, out var end, out var error))
        {
            throw new InvalidOperationException(error);
        }

        if (DateFilter.ToQuery(start, end) is { } dates)
        {
            yield return dates;
        }

        foreach (var (key, values) in request.ActiveFilters)
        {
            foreach (var value in values)
            {
                yield return new TermQuery(new Term(Facets.Find(key)!.Field, value));
            }
        }
    }

    /// <summary>Reads a hit's id and title, then stops: the rest of its stored fields is not decoded.</summary>
    private sealed class IdAndTitle : StoredFieldVisitor
    {
        public string? Id { get; private set; }

        public string? Title { get; private set; }

        public override Status NeedsField(FieldInfo fieldInfo) =>
            Id is not null && Title is not null ? Status.STOP
            : fieldInfo.Name is IndexSchema.Id or IndexSchema.Title ? Status.YES
            : Status.NO;

        public override void StringField(FieldInfo fieldInfo, string value)
        {
            if (fieldInfo.Name == IndexSchema.Id)
            {
                Id = value;
            }
            else
            {
                Title = value;
            }
        }
    }

    /// <summary>Oldest first by first day, undated last, ties by id: the order of our date sort.</summary>
    private static Sort ByDate()
    {
        var date = new SortField(IndexSchema.DateSort, SortFieldType.INT64);
        date.SetMissingValue(long.MaxValue);
        return new Sort(date, new SortField(IndexSchema.IdSort, SortFieldType.STRING));
    }
}
