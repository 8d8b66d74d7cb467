using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Answers searches and permalink lookups over one point-in-time view of the <see cref="ArchiveIndex"/>
/// (an <see cref="IndexSearcher"/> whose reader a snapshot holds open: <see cref="Archive.ArchiveSnapshot"/>),
/// so every answer of one request comes from one commit. Callers get plain records back
/// (<see cref="SearchResults"/>, <see cref="ArchiveDocument"/>) and never touch Lucene types.
/// Thread-safe. Related records, replies, threads and files are <see cref="DocumentRelations"/>'s.
/// </summary>
public sealed class ArchiveSearcher
{
    private readonly ArchiveIndex _index;
    private readonly IndexSearcher _searcher;
    private readonly QueryTranslator _translator;
    private readonly Ranking _ranking;

    internal ArchiveSearcher(ArchiveIndex index, IndexSearcher searcher, Ranking? ranking = null)
    {
        _index = index;
        _searcher = searcher;
        _ranking = ranking ?? Ranking.Default;
        _translator = new QueryTranslator(index.Analyzer, index.Names, _ranking);
        _people = new Lazy<ArchiveSite.Core.People.PeopleDirectory>(() => ArchiveSite.Core.People.PeopleDirectory.Read(_searcher.IndexReader, _index.Names));
    }

    private readonly Lazy<ArchiveSite.Core.People.PeopleDirectory> _people;

    /// <summary>Everyone this view's records name, counted at first use from doc values, once for the view (<see cref="ArchiveSite.Core.People.PeopleDirectory"/>).</summary>
    public ArchiveSite.Core.People.PeopleDirectory People => _people.Value;

    /// <summary>
    /// A searcher over the index as it is now, for an index that never changes (tests, benchmarks,
    /// a one-off build): the reader it takes is held until the index is disposed.
    /// </summary>
    internal ArchiveSearcher(ArchiveIndex index)
        : this(index, index.Searchers.Acquire())
    {
    }

    /// <summary>This searcher's view of the index: a pinned search builds its own view from it (<see cref="Pinning.PinnedView"/>).</summary>
    internal IndexSearcher View => _searcher;

    /// <summary>A searcher like this one over another view (the archive as it was at a pin), scoring as this one does.</summary>
    internal ArchiveSearcher Over(IndexReader reader) =>
        new(_index, new IndexSearcher(reader) { Similarity = IndexSchema.Similarity }, _ranking);

    /// <summary>How many records are served.</summary>
    public int DocumentCount => _searcher.IndexReader.NumDocs;

    /// <summary>The names authority the index was built with: the names its records' correspondents are given in.</summary>
    public NameAuthority Names => _index.Names;

    /// <summary>
    /// Runs a search. An empty request browses the whole archive by date. Bad input (an unreadable
    /// query or date) comes back as <see cref="SearchResults.Error"/>, never as an exception.
    /// </summary>
    public SearchResults Search(SearchRequest request)
    {
        request = request with
        {
            Page = Math.Max(1, request.Page),
            PageSize = Math.Clamp(request.PageSize, 1, SearchRequest.MaxPageSize),
        };

        if (Prepare(request, out var failure) is not var (query, translated))
        {
            return failure!;
        }

        var searcher = _searcher;
        try
        {
            var wanted = QueryLimits.ResultDepth(request.Page, request.PageSize, searcher.IndexReader.MaxDoc);

            // One pass over the matches ranks the page and counts the facets (and, when the query
            // named people, their spellings): running the query twice cost a third of a search at 100,000 records.
            var ranking = Ranked(request, wanted);
            var facets = new FacetCollector(translated.People.Count == 0 ? Facets.All : [.. Facets.All, NameVariants.Dimension]);
            searcher.Search(query, MultiCollector.Wrap(ranking, facets));
            var top = ranking.GetTopDocs();

            var matcher = new TextMatcher(_index.Analyzer, _index.Names, HighlightTerms(searcher, translated.Query), translated.People);
            var skipped = (int)Math.Min(((long)request.Page - 1) * request.PageSize, wanted);
            var hits = top.ScoreDocs
                .Skip(skipped)
                .Select((scoreDoc, i) => ToHit(searcher.IndexReader, scoreDoc.Doc, StoredCards.Read(searcher, scoreDoc.Doc, IndexSchema.HitFields), matcher) with { Position = skipped + i + 1 })
                .ToArray();
            return new SearchResults(request, top.TotalHits, hits, null, translated.Notices, translated.People, FacetGroups(request, facets.Counts))
            {
                Spellings = translated.People.Count == 0 ? [] : PersonVariants.Count(translated.People, facets.Counts[NameVariants.Dimension.Key]),
            };
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return SearchResults.Failed(request, TooManyWords, translated.Notices);
        }
    }

    /// <summary>
    /// The query <paramref name="request"/> runs (words, dates and facets combined) and its
    /// translation; null with the answer to give when the order, a date, the words or a facet cannot be read.
    /// </summary>
    private (Query Query, TranslatedQuery Translated)? Prepare(SearchRequest request, out SearchResults? failure)
    {
        failure = null;
        if (SearchSortNames.Problem(request.UnknownSort) is { } sortError)
        {
            failure = SearchResults.Failed(request, sortError);
            return null;
        }

        if (!DateFilter.TryRead(request.From, request.To, out var start, out var end, out var dateError))
        {
            failure = SearchResults.Failed(request, dateError!);
            return null;
        }

        var translated = _translator.Translate(request.Text);
        if (translated.Error is not null)
        {
            failure = SearchResults.Failed(request, translated.Error, translated.Notices);
            return null;
        }

        if (UnknownFacet(request) is { } unknown)
        {
            failure = SearchResults.Failed(request, $"There is no facet called '{unknown}'. Facets: {string.Join(", ", Facets.All.Select(f => f.Key))}.");
            return null;
        }

        var relevance = Relevance(translated.Query, _searcher.IndexReader);
        return (Combine(Combine(relevance, DateFilter.ToQuery(start, end)), FacetFilter(request)), translated);
    }

    /// <summary>
    /// The ids of the <paramref name="count"/> records matching <paramref name="request"/> that
    /// <paramref name="rank"/> puts first (the largest value first, then by id), with the number of
    /// matches; or why the request could not run. Every match is ranked, by its id read from doc
    /// values and one call of <paramref name="rank"/>: the same order of work as counting a search's
    /// facets, for an order the index does not know (when a text was first served, say).
    /// </summary>
    public (IReadOnlyList<string> Ids, int TotalHits, string? Error) TopBy(SearchRequest request, Func<string, long> rank, int count)
    {
        if (Prepare(request, out var failure) is not var (query, _))
        {
            return ([], 0, failure!.Error);
        }

        var collector = new RankedIdCollector(rank, Math.Max(1, count));
        try
        {
            _searcher.Search(query, collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return ([], 0, TooManyWords);
        }

        return (collector.Top(), collector.TotalHits, null);
    }

    private static string TooManyWords =>
        $"A wildcard or a range of words in the query matches more than {BooleanQuery.MaxClauseCount:N0} different words. Put more letters before the * or ?, e.g. pilot* rather than p*, or narrow the range.";

    /// <summary>
    /// The records at <paramref name="position"/> (1-based) of <paramref name="request"/>'s results
    /// and either side of it, and how many results there are: what a document opened from a result
    /// list needs to step through it. Bounded: it ranks the first position + 1 results (no more
    /// than the archive holds) and reads three ids; no facets, no snippets, no page.
    /// </summary>
    public ResultWindow Around(SearchRequest request, int position)
    {
        if (Prepare(request, out var failure) is not var (query, _))
        {
            return new ResultWindow(0, null, null, null, failure!.Error);
        }

        var searcher = _searcher;
        // No list is longer than the archive: a place past it is past the end (and position + 1 cannot overflow).
        position = Math.Clamp(position, 1, searcher.IndexReader.MaxDoc + 1);
        try
        {
            var wanted = QueryLimits.ResultDepth(position + 1, 1, searcher.IndexReader.MaxDoc);
            // Ranked exactly as the list was, so that its places are the list's.
            var ranking = Ranked(request, wanted);
            searcher.Search(query, ranking);
            var top = ranking.GetTopDocs();
            string? IdAt(int at) => at >= 1 && at <= top.ScoreDocs.Length
                ? StoredCards.Read(searcher, top.ScoreDocs[at - 1].Doc, IdField).Get(IndexSchema.Id)
                : null;
            return new ResultWindow(top.TotalHits, IdAt(position - 1), IdAt(position), IdAt(position + 1), null);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return new ResultWindow(0, null, null, null, TooManyWords);
        }
    }

    private static readonly ISet<string> IdField = new HashSet<string>([IndexSchema.Id]);

    /// <summary>The collector that ranks the first <paramref name="wanted"/> results of <paramref name="request"/>, in its order.</summary>
    private static TopFieldCollector Ranked(SearchRequest request, int wanted) =>
        TopFieldCollector.Create(SearchOrder.For(request.EffectiveSort), wanted, fillFields: false, trackDocScores: false, trackMaxScore: false, docsScoredInOrder: false);

    /// <summary>The query as relevance scores it: the ranking's rewrites that read the index or change how fields add up.</summary>
    private Query? Relevance(Query? query, IndexReader reader)
    {
        if (query is null)
        {
            return null;
        }

        if (_ranking.BlendIdf)
        {
            query = BlendedIdf.Apply(query, reader, [.. _ranking.FieldWeights.Keys]);
        }

        return _ranking.FieldTie < 1f ? FieldDisjunction.Apply(query, _ranking.FieldTie) : query;
    }

    /// <summary>
    /// What a query marks in a document's text (for the detail page a researcher reaches from a
    /// search, and search within one document); null with an error when the query cannot be read.
    /// </summary>
    public TextMatcher? Matcher(string? text, out string? error)
    {
        var translated = _translator.Translate(text);
        error = translated.Error;
        if (translated.Query is null)
        {
            return null;
        }

        try
        {
            return new TextMatcher(_index.Analyzer, _index.Names, HighlightTerms(_searcher, translated.Query), translated.People);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            error = "A wildcard in the query matches too many different words to mark. Put more letters before the * or ?.";
            return null;
        }
    }

    /// <summary>
    /// A corrected spelling of the query worth offering: when it finds something and the query
    /// found nothing, or at least <see cref="SuggestionGain"/> times as many (an OR query, a word
    /// misspelled beside a correct one in the citation). Dates and facets are kept, so the count
    /// compared is the one the researcher would get by following the suggestion.
    /// </summary>
    public SpellingSuggestion? SuggestSpelling(SearchResults results)
    {
        if (results.Error is not null || string.IsNullOrWhiteSpace(results.Request.Text))
        {
            return null;
        }

        if (SpellingSuggester.Correct(_searcher.IndexReader, _index.Names, results.Request.Text) is not { } segments)
        {
            return null;
        }

        var text = string.Concat(segments.Select(s => s.Text));
        var corrected = Search(results.Request with { Text = text, Page = 1, PageSize = 1 });
        var worthIt = corrected.Error is null && corrected.TotalHits > results.TotalHits && corrected.TotalHits >= SuggestionGain * results.TotalHits;
        return worthIt ? new SpellingSuggestion(text, segments, corrected.TotalHits) : null;
    }

    /// <summary>How many times more results a correction must find to be offered when the query found some.</summary>
    public const int SuggestionGain = 2;

    /// <summary>Every record whole with its rendered body, once written for this view's commit; until then records are read from stored fields.</summary>
    private volatile PageStore? _pages;

    /// <summary>Reads records from <paramref name="pages"/> from now on, and closes it with this view's reader.</summary>
    internal void UsePages(PageStore pages)
    {
        PageStore.CloseWith(_searcher.IndexReader, pages);
        _pages = pages;
    }

    /// <summary>
    /// The ids of the people record <paramref name="id"/> mentions, as tagged at indexing (read from
    /// its spellings' doc values, one lookup), in the order of their first spelling; empty for an unknown id.
    /// </summary>
    public IReadOnlyList<string> PeopleMentionedIn(string id)
    {
        if (StoredCards.DocNumber(_searcher, id) is not { } docNum)
        {
            return [];
        }

        var leaf = _searcher.IndexReader.Leaves[ReaderUtil.SubIndex(docNum, _searcher.IndexReader.Leaves)];
        var values = leaf.AtomicReader.GetSortedSetDocValues(NameVariants.Dimension.Field);
        return ArchiveSite.Core.People.PeopleDirectory.Values(values, docNum - leaf.DocBase)
            .Select(value => value.Split(NameVariants.Separator, 2)[0]).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Every record between the people with page ids <paramref name="a"/> and <paramref name="b"/>
    /// (<see cref="ArchiveSite.Core.People.PeopleDirectory.LettersBetween"/>), each with its id and
    /// message number read from doc values: work in proportion to the correspondence, not the archive.
    /// </summary>
    public IReadOnlyList<ArchiveSite.Core.People.PairedRecord> Correspondence(string a, string b)
    {
        var reader = _searcher.IndexReader;
        var records = new List<ArchiveSite.Core.People.PairedRecord>();
        var id = new Lucene.Net.Util.BytesRef();
        foreach (var (doc, fromA, through) in People.LettersBetween(a, b))
        {
            var leaf = reader.Leaves[ReaderUtil.SubIndex(doc, reader.Leaves)];
            var local = doc - leaf.DocBase;
            leaf.AtomicReader.GetSortedDocValues(IndexSchema.IdSort).Get(local, id);
            var numbered = leaf.AtomicReader.GetDocsWithField(IndexSchema.MessageNumber);
            int? number = numbered is not null && numbered.Get(local) ? (int)leaf.AtomicReader.GetNumericDocValues(IndexSchema.MessageNumber).Get(local) : null;
            var dated = leaf.AtomicReader.GetDocsWithField(IndexSchema.DateSort);
            DateOnly? day = dated is not null && dated.Get(local) ? DayOf((int)leaf.AtomicReader.GetNumericDocValues(IndexSchema.DateSort).Get(local)) : null;
            records.Add(new ArchiveSite.Core.People.PairedRecord(id.Utf8ToString(), fromA, through, number, day));
        }

        return records;
    }

    private static DateOnly DayOf(int yyyymmdd) => new(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);

    /// <summary>The record behind a permalink, or null when no record has that id.</summary>
    public ArchiveDocument? GetDocument(string id) => GetPage(id, render: false)?.Document;

    /// <summary>
    /// The record behind a permalink with its body rendered to HTML (from the page store when it
    /// has been written, else read from the index and rendered now), or null when no record has
    /// that id.
    /// </summary>
    public RecordPage? GetPage(string id) => GetPage(id, render: true);

    private RecordPage? GetPage(string id, bool render)
    {
        if (!DocumentId.IsWellFormed(id))
        {
            return null;
        }

        if (RecordBlobs.ReadSafely(() => _pages?.Page(id)) is { } page)
        {
            return page;
        }

        if (StoredCards.DocNumber(_searcher, id) is not { } docNum)
        {
            return null;
        }

        var document = RecordJson.Read(_searcher.Doc(docNum).Get(IndexSchema.Record));
        return new RecordPage(document, render ? MarkdownRenderer.RenderBody(document) : string.Empty);
    }

    /// <summary>
    /// Every served record's page as <see cref="PageStore.Write"/> saves it, in the order of
    /// <paramref name="ids"/>: as <paramref name="kept"/> gives it (an unchanged record's page from
    /// the store before a reload), else read from stored fields and rendered, on every core.
    /// </summary>
    internal IEnumerable<byte[]> StoredPagesOf(IEnumerable<string> ids, Func<string, byte[]?> kept, CancellationToken cancellation) =>
        ids.AsParallel().AsOrdered().WithCancellation(cancellation).Select(id =>
        {
            if (kept(id) is { } page)
            {
                return page;
            }

            var docNum = StoredCards.DocNumber(_searcher, id) ?? throw new InvalidOperationException($"The record {id} is not in the index view.");
            var json = _searcher.Doc(docNum).Get(IndexSchema.Record);
            return PageStore.Bytes((json, MarkdownRenderer.RenderBody(RecordJson.Read(json))));
        });

    /// <summary>The page store in use, if any: a reload's new one keeps the pages of the records that did not change.</summary>
    internal PageStore? Pages => _pages;

    /// <summary>
    /// Both queries must match. Only the first scores: dates and facets narrow the results
    /// without changing their relevance order.
    /// </summary>
    private static Query Combine(Query? scored, Query? filter)
    {
        if (filter is null)
        {
            return scored ?? new MatchAllDocsQuery();
        }

        if (scored is null)
        {
            return filter;
        }

        var combined = new BooleanQuery { { scored, Occur.MUST } };
        combined.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        return combined;
    }

    private static string? UnknownFacet(SearchRequest request) =>
        request.ActiveFilters.Keys.FirstOrDefault(key => Facets.Find(key) is null);

    /// <summary>Every selected facet value must be present (Blacklight's default): each narrows the results.</summary>
    private static Query? FacetFilter(SearchRequest request)
    {
        var clauses = request.ActiveFilters
            .SelectMany(kv => kv.Value.Select(value => new TermQuery(new Term(Facets.Find(kv.Key)!.Field, value))))
            .ToArray();
        if (clauses.Length == 0)
        {
            return null;
        }

        var filter = new BooleanQuery();
        foreach (var clause in clauses)
        {
            filter.Add(clause, Occur.MUST);
        }

        return filter;
    }

    private static IReadOnlyList<FacetGroup> FacetGroups(SearchRequest request, IReadOnlyDictionary<string, Dictionary<string, int>> counts) =>
        Facets.All
            .Select(dimension =>
            {
                var selected = request.ActiveFilters.GetValueOrDefault(dimension.Key) ?? [];
                var values = counts[dimension.Key]
                    .Select(kv => new FacetValue(kv.Key, Facets.DisplayValue(dimension.Key, kv.Key), kv.Value, selected.Contains(kv.Key)));
                values = dimension.Chronological
                    ? values.OrderBy(v => v.Value, StringComparer.Ordinal)
                    : values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal);
                return new FacetGroup(dimension, values.ToArray());
            })
            .Where(group => group.Values.Count > 0)
            .ToArray();

    /// <summary>
    /// The ids of at most <paramref name="count"/> records a quotation may come from, best first:
    /// one bounded query of its rarest words and the people it names (<see cref="QuoteCandidates"/>).
    /// </summary>
    public IReadOnlyList<string> QuoteCandidates(string quotation, int count) =>
        ArchiveSite.Core.Search.QuoteCandidates.Find(_searcher, _index.Analyzer, _index.Names, quotation, count);

    /// <summary>The analyzed terms the query matched in text fields, wildcards expanded against this index.</summary>
    private static HashSet<string> HighlightTerms(IndexSearcher searcher, Query? query)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        if (query is null)
        {
            return texts;
        }

        var terms = new HashSet<Term>();
        searcher.Rewrite(query).ExtractTerms(terms);
        foreach (var term in terms.Where(t => IndexSchema.HighlightedFields.Contains(t.Field)))
        {
            texts.Add(term.Text);
        }

        // A phrase's stop words are matched in place, but marking every "the" of a page would bury
        // the words that were looked for; only a query of nothing else marks them.
        return texts.All(ArchiveAnalyzer.StopWords.Contains) ? texts : texts.Where(t => !ArchiveAnalyzer.StopWords.Contains(t)).ToHashSet(StringComparer.Ordinal);
    }

    private static SearchHit ToHit(IndexReader reader, int docId, Lucene.Net.Documents.Document stored, TextMatcher matcher)
    {
        var title = stored.Get(IndexSchema.Title);
        var summary = stored.Get(IndexSchema.Summary);
        // The body's plain text as the index analysed it, so the postings' offsets fit it.
        var body = stored.Get(IndexSchema.Plain);
        return new SearchHit(
            stored.Get(IndexSchema.Id),
            Highlighter.Mark(title, matcher.FindMatches(title, IndexSchema.Title)),
            stored.Get(IndexSchema.DateText),
            stored.Get(IndexSchema.DateIso),
            Highlighter.Mark(summary, matcher.FindMatches(summary, IndexSchema.Summary)),
            Highlighter.Snippet(body, matcher.FindBodyMatches(reader, docId, body)));
    }
}
