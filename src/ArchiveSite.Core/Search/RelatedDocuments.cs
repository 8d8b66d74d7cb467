using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search;

/// <summary>
/// "More like this": a query for the records whose words are most like one record's, built with
/// Lucene's <see cref="MoreLikeThis"/> over title, summary and body.
/// </summary>
internal static class RelatedDocuments
{
    /// <summary>How many related records the detail page shows.</summary>
    public const int Count = 5;

    private static readonly string[] Fields = [IndexFields.Title, IndexFields.Summary, IndexFields.Body];

    /// <summary>
    /// The query for records like document <paramref name="docNum"/>. The index stores title,
    /// summary and body (for result snippets) and keeps no term vectors, so MoreLikeThis re-analyzes
    /// the stored text with <paramref name="analyzer"/>, which must be the index's (stems and stop
    /// words as indexed). Term vectors would save that analysis but grow the index for every record
    /// for a query run on one page at a time.
    /// </summary>
    public static Query Query(IndexReader reader, int docNum, Analyzer analyzer)
    {
        var mlt = new MoreLikeThis(reader)
        {
            Analyzer = analyzer,
            FieldNames = Fields,
            // Telegrams are short: a word written once ("Manchuria", "Korean") is already telling.
            MinTermFreq = 1,
            // A word no other record has cannot relate the record to anything; two is the least
            // that lets even a two-record archive relate its records.
            MinDocFreq = 2,
            MinWordLen = 3,
            // Enough distinctive words to find kin; idf ranks them, so common words fall off first.
            MaxQueryTerms = 25,
            ApplyBoost = true,
        };
        return mlt.Like(docNum);
    }
}
