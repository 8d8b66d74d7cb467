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

    internal DocumentRelations(ArchiveIndex index, IndexSearcher searcher)
    {
        _index = index;
        _searcher = searcher;
    }

    /// <summary>Relations over the index as it is now, for an index that never changes (tests, benchmarks).</summary>
    internal DocumentRelations(ArchiveIndex index)
        : this(index, index.Searchers.Acquire())
    {
    }

    /// <summary>How many records of a file the detail page lists around the current one.</summary>
    public const int FileWindow = 21;

    /// <summary>The most records of one thread or one file read for a page.</summary>
    private const int MaxListed = 1000;

    /// <summary>Up to <paramref name="count"/> records most like record <paramref name="id"/>, best first; never the record itself.</summary>
    public IReadOnlyList<DocumentCard> Related(string id, int count = RelatedDocuments.Count)
    {
        var searcher = _searcher;
        if (StoredCards.DocNumber(searcher, id) is not { } docNum)
        {
            return [];
        }

        var query = new BooleanQuery
        {
            { RelatedDocuments.Query(searcher.IndexReader, docNum, _index.Analyzer), Occur.MUST },
            { StoredCards.ById(id), Occur.MUST_NOT },
        };
        return searcher.Search(query, null, count, SearchOrder.ByRelevance).ScoreDocs.Select(hit => StoredCards.Card(StoredCards.Read(searcher, hit.Doc, IndexSchema.CardFields))).ToArray();
    }

    /// <summary>The record <paramref name="id"/> answers and the records answering it (oldest first), as inferred at indexing.</summary>
    public DocumentReplies Replies(string id)
    {
        var searcher = _searcher;
        if (StoredCards.DocNumber(searcher, id) is not { } docNum)
        {
            return new DocumentReplies(null, []);
        }

        var stored = StoredCards.Read(searcher, docNum, IndexSchema.CardFields);
        ReplyCard? inReplyTo = null;
        if (stored.Get(IndexSchema.InReplyTo) is { } originalId && StoredCards.DocNumber(searcher, originalId) is { } originalNum)
        {
            inReplyTo = new ReplyCard(StoredCards.Card(StoredCards.Read(searcher, originalNum, IndexSchema.CardFields)), stored.Get(IndexSchema.ReplyReason));
        }

        var answers = Stored(searcher, new TermQuery(new Term(IndexSchema.InReplyTo, id)))
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
    public IReadOnlyList<ArchivalFile> Files(string id)
    {
        if (StoredCards.DocNumber(_searcher, id) is not { } docNum)
        {
            return [];
        }

        var document = RecordJson.Read(_searcher.Doc(docNum).Get(IndexSchema.Record));
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
