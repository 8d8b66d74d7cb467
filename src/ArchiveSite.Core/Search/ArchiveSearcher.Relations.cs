using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search;

/// <summary>The records related to one record: like it, answering it, filed beside it.</summary>
public sealed partial class ArchiveSearcher
{
    /// <summary>How many records of a file the detail page lists around the current one.</summary>
    public const int FileWindow = 21;

    /// <summary>The most records of one thread or one file read for a page.</summary>
    private const int MaxListed = 1000;

    /// <summary>Up to <paramref name="count"/> records most like record <paramref name="id"/>, best first; never the record itself.</summary>
    public IReadOnlyList<DocumentCard> Related(string id, int count = RelatedDocuments.Count) => Use(searcher =>
    {
        if (DocNumber(searcher, id) is not { } docNum)
        {
            return [];
        }

        var query = new BooleanQuery
        {
            { RelatedDocuments.Query(searcher.IndexReader, docNum, index.Analyzer), Occur.MUST },
            { new TermQuery(new Term(IndexSchema.Id, id)), Occur.MUST_NOT },
        };
        return searcher.Search(query, null, count, ByRelevance).ScoreDocs.Select(hit => Card(searcher.Doc(hit.Doc, IndexSchema.CardFields))).ToArray();
    });

    /// <summary>The record <paramref name="id"/> answers and the records answering it (oldest first), as inferred at indexing.</summary>
    public DocumentReplies Replies(string id) => Use(searcher =>
    {
        if (DocNumber(searcher, id) is not { } docNum)
        {
            return new DocumentReplies(null, []);
        }

        var stored = searcher.Doc(docNum, IndexSchema.CardFields);
        ReplyCard? inReplyTo = null;
        if (stored.Get(IndexSchema.InReplyTo) is { } originalId && DocNumber(searcher, originalId) is { } originalNum)
        {
            inReplyTo = new ReplyCard(Card(searcher.Doc(originalNum, IndexSchema.CardFields)), stored.Get(IndexSchema.ReplyReason));
        }

        var answers = Stored(searcher, new TermQuery(new Term(IndexSchema.InReplyTo, id)))
            .Select(answer => new ReplyCard(Card(answer), answer.Get(IndexSchema.ReplyReason)))
            .ToArray();
        return new DocumentReplies(inReplyTo, answers);
    });

    /// <summary>
    /// Every record of <paramref name="id"/>'s reply thread in date order; empty when the record is
    /// in no thread, null when no record has the id.
    /// </summary>
    public IReadOnlyList<ThreadMessage>? Thread(string id) => Use<IReadOnlyList<ThreadMessage>?>(searcher =>
    {
        if (DocNumber(searcher, id) is not { } docNum)
        {
            return null;
        }

        if (searcher.Doc(docNum, IndexSchema.CardFields).Get(IndexSchema.Thread) is not { } root)
        {
            return [];
        }

        return Stored(searcher, new TermQuery(new Term(IndexSchema.Thread, root)))
            .Select(message => new ThreadMessage(
                Card(message),
                Correspondents.FromTitle(message.Get(IndexSchema.Title), index.Names),
                message.Get(IndexSchema.InReplyTo),
                message.Get(IndexSchema.ReplyReason)))
            .ToArray();
    });

    /// <summary>
    /// For each file (delo) record <paramref name="id"/> is filed in, the records of that file in
    /// archival order (by listy, numerically), at most <see cref="FileWindow"/> around the record.
    /// </summary>
    public IReadOnlyList<ArchivalFile> Files(string id)
    {
        if (GetDocument(id) is not { } document)
        {
            return [];
        }

        var files = document.Citation.References.Select(ArchivalOrder.FileOf).OfType<string>().Distinct(StringComparer.Ordinal);
        return Use(searcher => files.Select(file => File(searcher, file, id)).Where(f => f.Total > 1).ToArray());
    }

    private ArchivalFile File(IndexSearcher searcher, string file, string currentId)
    {
        // The delo facet's term is the file: the listing and its "all of them" search link agree.
        var query = new TermQuery(new Term(Facets.Find("delo")!.Field, file));
        var top = searcher.Search(query, MaxListed);
        var filed = top.ScoreDocs
            .Select(hit => searcher.Doc(hit.Doc))
            .Select(stored =>
            {
                var record = RecordJson.Read(stored.Get(IndexSchema.Record));
                var reference = record.Citation.References.First(r => ArchivalOrder.FileOf(r) == file);
                return (key: ArchivalOrder.Key(reference), filed: new FiledDocument(Card(stored), reference[ArchivalLevelKind.Listy]));
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

    /// <summary>sort=archival: the first reference's padded key, records without references last; then date and id.</summary>
    private static Sort OrderFor(SearchSort sort)
    {
        if (sort == SearchSort.Relevance)
        {
            return ByRelevance;
        }

        if (sort != SearchSort.Archival)
        {
            return DateSort(sort == SearchSort.DateDescending);
        }

        var archival = new SortField(IndexSchema.ArchivalSort, SortFieldType.STRING);
        archival.SetMissingValue(SortField.STRING_LAST);
        return new Sort([archival, .. DateSort(descending: false).GetSort()]);
    }

    /// <summary>The stored fields of every record matching <paramref name="query"/>, oldest first.</summary>
    private static IEnumerable<Lucene.Net.Documents.Document> Stored(IndexSearcher searcher, Query query) =>
        searcher.Search(query, null, MaxListed, DateSort(descending: false)).ScoreDocs.Select(hit => searcher.Doc(hit.Doc, IndexSchema.CardFields));

    private static int? DocNumber(IndexSearcher searcher, string id)
    {
        if (!DocumentId.IsWellFormed(id))
        {
            return null;
        }

        var top = searcher.Search(new TermQuery(new Term(IndexSchema.Id, id)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    private static DocumentCard Card(Lucene.Net.Documents.Document stored) => new(
        stored.Get(IndexSchema.Id),
        stored.Get(IndexSchema.Title),
        stored.Get(IndexSchema.DateText),
        stored.Get(IndexSchema.DateIso),
        stored.Get(IndexSchema.Summary));

    /// <summary>Runs <paramref name="read"/> with the shared searcher, released afterwards.</summary>
    private T Use<T>(Func<IndexSearcher, T> read)
    {
        var searcher = index.Searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }
}
