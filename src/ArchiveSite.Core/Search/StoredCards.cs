using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search;

/// <summary>Finding a record by id, and reading the card a list shows of it, from stored fields alone.</summary>
internal static class StoredCards
{
    /// <summary>The query for one record: its id is one untokenized term.</summary>
    public static TermQuery ById(string id) => new(new Term(IndexSchema.Id, id));

    /// <summary>The Lucene document number of record <paramref name="id"/>, or null when none has it.</summary>
    public static int? DocNumber(IndexSearcher searcher, string id)
    {
        if (!DocumentId.IsWellFormed(id))
        {
            return null;
        }

        var top = searcher.Search(ById(id), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }

    /// <summary>
    /// The stored <paramref name="fields"/> of document <paramref name="docNum"/>, stopping at the
    /// record JSON (the last stored field) unless it is asked for: Lucene's own reader of a field
    /// set skips what it does not need but still walks through it, and the record is most of a
    /// document's stored bytes.
    /// </summary>
    public static Lucene.Net.Documents.Document Read(IndexSearcher searcher, int docNum, ISet<string> fields) =>
        Read(searcher.IndexReader, docNum, fields);

    /// <inheritdoc cref="Read(IndexSearcher, int, ISet{string})"/>
    public static Lucene.Net.Documents.Document Read(IndexReader reader, int docNum, ISet<string> fields)
    {
        var visitor = new StopAtRecord(fields);
        reader.Document(docNum, visitor);
        return visitor.Document;
    }

    private sealed class StopAtRecord(ISet<string> fields) : Lucene.Net.Documents.DocumentStoredFieldVisitor(fields)
    {
        private readonly bool _wantsRecord = fields.Contains(IndexSchema.Record);

        public override StoredFieldVisitor.Status NeedsField(FieldInfo fieldInfo) =>
            fieldInfo.Name == IndexSchema.Record && !_wantsRecord ? StoredFieldVisitor.Status.STOP : base.NeedsField(fieldInfo);
    }

    /// <summary>A record's card, from the stored fields of <see cref="IndexSchema.CardFields"/> (or more).</summary>
    public static DocumentCard Card(Lucene.Net.Documents.Document stored) => new(
        stored.Get(IndexSchema.Id),
        stored.Get(IndexSchema.Title),
        stored.Get(IndexSchema.DateText),
        stored.Get(IndexSchema.DateIso),
        stored.Get(IndexSchema.Summary));
}
