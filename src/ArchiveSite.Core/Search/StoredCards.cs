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

    /// <summary>A record's card, from the stored fields of <see cref="IndexSchema.CardFields"/> (or more).</summary>
    public static DocumentCard Card(Lucene.Net.Documents.Document stored) => new(
        stored.Get(IndexSchema.Id),
        stored.Get(IndexSchema.Title),
        stored.Get(IndexSchema.DateText),
        stored.Get(IndexSchema.DateIso),
        stored.Get(IndexSchema.Summary));
}
