using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search;

/// <summary>
/// The records related to one record: like it, answering it, in its thread, filed beside it. Over
/// the same point-in-time view as the <see cref="ArchiveSearcher"/> of a request. Thread-safe.
/// </summary>
public sealed class DocumentRelations
{
    private readonly ArchiveIndex _index;
    private readonly IndexSearcher _searcher;

    internal DocumentRelations(ArchiveIndex index, IndexSearcher searcher, RelatedLists lists)
    {
        _index = index;
        _searcher = searcher;
        Lists = lists;
        // Built at first use (a collection page, a detail page), once per view: one walk of the
        // records' doc values, well under a second at 100,000 records (LookupStores starts it early).
        _collections = new Lazy<CollectionCatalog>(() => CollectionCatalog.Read(searcher.IndexReader));
    }

    private readonly Lazy<CollectionCatalog> _collections;

    /// <summary>The card of record <paramref name="id"/> (from the card store once written); null when no record has the id.</summary>
    public DocumentCard? CardOf(string id) => Card(id)?.Card;

    /// <summary>The card of record <paramref name="id"/> with the record it answers and why (from the card store once written); null when no record has the id.</summary>
    public StoredCard? StoredCardOf(string id) => Card(id);

    /// <summary>Every collection of this view, each in its own order.</summary>
    public CollectionCatalog Collections => _collections.Value;

    /// <summary>
    /// Records <paramref name="take"/> from position <paramref name="skip"/> (0-based) of collection
    /// <paramref name="id"/>, in its order, with their cards; empty for an unknown collection.
    /// </summary>
    public IReadOnlyList<CollectionItem> CollectionItems(string id, int skip, int take) =>
        Collections.Members(id, skip, take)
            .Select(m => CardOf(m.Member.RecordId) is { } card ? new CollectionItem(m.Number, m.Member.Place, card) : null)
            .OfType<CollectionItem>()
            .ToArray();

    /// <summary>Each collection record <paramref name="id"/> belongs to, with its position there and the records before and after it (computed once per view: two card lookups each).</summary>
    public IReadOnlyList<CollectionPlace> CollectionPlaces(string id) =>
        Collections.PlacesOf(id)
            .Select(p => new CollectionPlace(p.Collection, p.Number, p.Member.Place, Item(p.Number - 1, p.Previous), Item(p.Number + 1, p.Next)))
            .ToArray();

    private CollectionItem? Item(int number, CollectionCatalog.Member? member) =>
        member is { } m && CardOf(m.RecordId) is { } card ? new CollectionItem(number, m.Place, card) : null;

    /// <summary>Relations over the index as it is now, for an index that never changes (tests, benchmarks).</summary>
    internal DocumentRelations(ArchiveIndex index)
        : this(index, index.Searchers.Acquire(), new RelatedLists([]))
    {
    }

    /// <summary>The related records computed so far over this view, by <see cref="FillRelated"/> and by requests.</summary>
    internal RelatedLists Lists { get; }

    /// <summary>Every record's card for lists, once written for this view's commit; until then cards are read from stored fields.</summary>
    private volatile CardStore? _cards;

    /// <summary>
    /// Reads cards from <paramref name="cards"/> from now on, and closes it with this view's reader
    /// (a request that took the view before a reload keeps both until it ends).
    /// </summary>
    internal void UseCards(CardStore cards)
    {
        PageStore.CloseWith(_searcher.IndexReader, cards);
        _cards = cards;
    }

    /// <summary>The card of record <paramref name="id"/> with its reply fields: from the card store when there is one, else from stored fields; null when no record has the id.</summary>
    private StoredCard? Card(string id)
    {
        if (RecordBlobs.ReadSafely(() => _cards?.Card(id)) is { } card)
        {
            return card;
        }

        return StoredCards.DocNumber(_searcher, id) is { } docNum ? StoredCardOf(docNum) : null;
    }

    private StoredCard StoredCardOf(int docNum)
    {
        var stored = StoredCards.Read(_searcher, docNum, IndexSchema.CardFields);
        return new StoredCard(StoredCards.Card(stored), stored.Get(IndexSchema.InReplyTo), stored.Get(IndexSchema.ReplyReason));
    }

    /// <summary>
    /// Every served record's card with its reply fields, in the order of <paramref name="ids"/>,
    /// from stored fields: what <see cref="CardStore.Write"/> saves.
    /// </summary>
    internal IEnumerable<StoredCard> StoredCardsOf(IEnumerable<string> ids) =>
        ids.Select(id => StoredCardOf(StoredCards.DocNumber(_searcher, id) ?? throw new InvalidOperationException($"The record {id} is not in the index view.")));

    /// <summary>How many records of a file the detail page lists around the current one.</summary>
    public const int FileWindow = 21;

    /// <summary>The most records of one thread or one file read for a page.</summary>
    private const int MaxListed = 1000;

    /// <summary>
    /// Up to <see cref="RelatedDocuments.Count"/> records most like record <paramref name="id"/>,
    /// best first; never the record itself. Looked up in <see cref="Lists"/> when computed already,
    /// else computed now and kept there.
    /// </summary>
    public IReadOnlyList<DocumentCard> Related(string id)
    {
        var searcher = _searcher;
        if (!Lists.TryGet(id, out var related))
        {
            if (StoredCards.DocNumber(searcher, id) is not { } docNum)
            {
                return [];
            }

            related = RelatedIds(docNum, id);
            Lists.Set(id, related);
        }

        return related.Select(Card).OfType<StoredCard>().Select(c => c.Card).ToArray();
    }

    /// <summary>
    /// Computes the related records of every record that has none in <see cref="Lists"/> yet, on
    /// every core (it runs in the background while the site serves, and each record takes a few
    /// milliseconds); stops between records when <paramref name="cancellation"/> is cancelled.
    /// Records in <paramref name="first"/> (new and changed ones) are computed first, and the lists
    /// of records they are like computed again (<see cref="RelatedLists.Neighbours"/>).
    /// </summary>
    internal void FillRelated(IReadOnlyCollection<string> first, CancellationToken cancellation)
    {
        var options = new ParallelOptions { CancellationToken = cancellation, MaxDegreeOfParallelism = Environment.ProcessorCount };
        var docFreqs = new RelatedDocuments.DocFreqTable(_searcher.IndexReader);
        var idOf = IdsByDocNumber(_searcher.IndexReader);
        Parallel.ForEach(first, options, Fill);
        Lists.Neighbours(first);
        Parallel.ForEach(Lists.MissingIds, options, Fill);

        void Fill(string id)
        {
            if (!Lists.TryGet(id, out _) && StoredCards.DocNumber(_searcher, id) is { } docNum)
            {
                Lists.Set(id, RelatedIds(docNum, id, docFreqs, idOf));
            }
        }
    }

    /// <summary>The ids of the records most like document <paramref name="docNum"/> (record <paramref name="id"/>), best first.</summary>
    private string[] RelatedIds(int docNum, string id, RelatedDocuments.DocFreqTable? docFreqs = null, string?[]? idOf = null)
    {
        var query = new BooleanQuery
        {
            { RelatedDocuments.Query(_searcher.IndexReader, docNum, _index.Analyzer, docFreqs), Occur.MUST },
            { StoredCards.ById(id), Occur.MUST_NOT },
        };
        return _searcher.Search(query, null, RelatedDocuments.Count, SearchOrder.ByRelevance).ScoreDocs
            .Select(hit => idOf?[hit.Doc] ?? StoredCards.Read(_searcher, hit.Doc, IdField).Get(IndexSchema.Id)).ToArray();
    }

    /// <summary>
    /// Every live document's record id by document number, from one walk of the id field's terms:
    /// reading each hit's id back from stored fields was half the time of computing every record's
    /// related records.
    /// </summary>
    private static string?[] IdsByDocNumber(IndexReader reader)
    {
        var ids = new string?[reader.MaxDoc];
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(IndexSchema.Id) is not { } terms)
            {
                continue;
            }

            var enumerator = terms.GetEnumerator();
            DocsEnum? docs = null;
            while (enumerator.MoveNext())
            {
                var id = enumerator.Term.Utf8ToString();
                docs = enumerator.Docs(leaf.AtomicReader.LiveDocs, docs, DocsFlags.NONE);
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    ids[leaf.DocBase + doc] = id;
                }
            }
        }

        return ids;
    }

    private static readonly ISet<string> IdField = new HashSet<string>([IndexSchema.Id]);

    /// <summary>The record <paramref name="id"/> answers and the records answering it (oldest first), as inferred at indexing.</summary>
    public DocumentReplies Replies(string id)
    {
        var searcher = _searcher;
        if (Card(id) is not { } stored)
        {
            return new DocumentReplies(null, []);
        }

        var inReplyTo = stored.InReplyTo is { } originalId && Card(originalId) is { } original ? new ReplyCard(original.Card, stored.ReplyReason ?? string.Empty) : null;
        // Most records draw no known reply: the term's count says so without a sorted search,
        // whose queue for a thousand answers cost a fifth of a detail page.
        var answered = new Term(IndexSchema.InReplyTo, id);
        var answers = searcher.IndexReader.DocFreq(answered) == 0
            ? []
            : Stored(searcher, new TermQuery(answered))
                .Select(answer => new ReplyCard(StoredCards.Card(answer), answer.Get(IndexSchema.ReplyReason)))
                .ToArray();
        return new DocumentReplies(inReplyTo, answers);
    }

    /// <summary>
    /// Every record of <paramref name="id"/>'s reply thread in date order; empty when the record is
    /// in no thread, null when no record has the id.
    /// </summary>
    public IReadOnlyList<ThreadMessage>? Thread(string id)
    {
        var searcher = _searcher;
        if (StoredCards.DocNumber(searcher, id) is not { } docNum)
        {
            return null;
        }

        if (StoredCards.Read(searcher, docNum, IndexSchema.CardFields).Get(IndexSchema.Thread) is not { } root)
        {
            return [];
        }

        return Stored(searcher, new TermQuery(new Term(IndexSchema.Thread, root)))
            .Select(message => new ThreadMessage(
                StoredCards.Card(message),
                Correspondents.FromTitle(message.Get(IndexSchema.Title), _index.Names),
                message.Get(IndexSchema.InReplyTo),
                message.Get(IndexSchema.ReplyReason)))
            .ToArray();
    }

    /// <summary>
    /// For each file (delo) record <paramref name="id"/> is filed in, the records of that file in
    /// archival order (by listy, numerically), at most <see cref="FileWindow"/> around the record.
    /// </summary>
    public IReadOnlyList<ArchivalFile> Files(string id) =>
        StoredCards.DocNumber(_searcher, id) is { } docNum ? Files(RecordJson.Read(_searcher.Doc(docNum).Get(IndexSchema.Record))) : [];

    /// <inheritdoc cref="Files(string)"/>
    public IReadOnlyList<ArchivalFile> Files(ArchiveDocument document)
    {
        var id = document.Id;
        var files = document.Citation.References.Select(ArchivalOrder.FileOf).OfType<string>().Distinct(StringComparer.Ordinal);
        return files.Select(file => File(_searcher, file, id)).Where(f => f.Total > 1).ToArray();
    }

    private ArchivalFile File(IndexSearcher searcher, string file, string currentId)
    {
        // The delo facet's term is the file: the listing and its "all of them" search link agree.
        var query = new TermQuery(new Term(Facets.Delo.Field, file));
        var top = searcher.Search(query, MaxListed);
        var filed = top.ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .Select(stored =>
            {
                var record = RecordJson.Read(stored.Get(IndexSchema.Record));
                var reference = record.Citation.References.First(r => ArchivalOrder.FileOf(r) == file);
                return (key: ArchivalOrder.Key(reference), filed: new FiledDocument(StoredCards.Card(stored), reference[ArchivalLevelKind.Listy]));
            })
            .OrderBy(f => f.key, StringComparer.Ordinal)
            .ThenBy(f => f.filed.Document.DateIso, StringComparer.Ordinal)
            .ThenBy(f => f.filed.Document.Id, StringComparer.Ordinal)
            .Select(f => f.filed)
            .ToList();

        var current = filed.FindIndex(f => f.Document.Id == currentId);
        var start = Math.Clamp(current - (FileWindow / 2), 0, Math.Max(0, filed.Count - FileWindow));
        return new ArchivalFile(file, filed.Skip(start).Take(FileWindow).ToArray(), top.TotalHits);
    }

    /// <summary>The stored fields of every record matching <paramref name="query"/>, oldest first.</summary>
    private static IEnumerable<Lucene.Net.Documents.Document> Stored(IndexSearcher searcher, Query query) =>
        searcher.Search(query, null, MaxListed, SearchOrder.ByDate(descending: false)).ScoreDocs.Select(hit => StoredCards.Read(searcher, hit.Doc, IndexSchema.CardFields));

}
