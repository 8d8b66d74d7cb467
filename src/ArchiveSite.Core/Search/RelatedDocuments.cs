using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search;

/// <summary>
/// "More like this": a query for the records whose words are most like one record's, over title,
/// summary and body. It is Lucene's MoreLikeThis recipe (Lucene.Net.Queries), written out so that
/// it runs in a few milliseconds: MoreLikeThis asks the whole index for the document frequency of
/// every distinct word of the record in every field, each time through a new terms enumerator,
/// which on a long record costs thousands of dictionary walks (some 30 ms). Here each field of each
/// segment has one enumerator, walked over the words in sorted order. The result is the same query:
/// the words' frequencies in the record (the body's from its term vector, title and summary
/// analyzed), each scored tf × idf by its most frequent field, words of very many records left out
/// (<see cref="MaxDocFreqShare"/>), the best <see cref="MaxQueryTerms"/> kept, each boosted by its
/// score over the best one's.
/// </summary>
internal static class RelatedDocuments
{
    /// <summary>How many related records the detail page shows.</summary>
    public const int Count = 5;

    /// <summary>Enough distinctive words to find kin; idf ranks them, so common words fall off first.</summary>
    public const int MaxQueryTerms = 25;

    /// <summary>Telegrams are short: a word written once ("Manchuria", "Korean") is already telling.</summary>
    private const int MinTermFreq = 1;

    /// <summary>A word no other record has cannot relate the record to anything; two is the least that lets even a two-record archive relate its records.</summary>
    private const int MinDocFreq = 2;

    private const int MinWordLength = 3;

    /// <summary>How many of the query's words a related record must have.</summary>
    public const int MinSharedWords = 3;

    /// <summary>
    /// Words in more than this share of the records ("have", "would", "problem" in FRUS) say nothing
    /// about kinship, and their long postings made the query cost more than the rest of the page:
    /// left out, as MoreLikeThis's MaxDocFreqPct does. Never below <see cref="MinDocFreqCap"/>
    /// records, so a small archive keeps every word.
    /// </summary>
    public const double MaxDocFreqShare = 0.1;

    /// <inheritdoc cref="MaxDocFreqShare"/>
    public const int MinDocFreqCap = 50;

    /// <summary>The highest document frequency a word may have in an index of <paramref name="numDocs"/> records.</summary>
    public static int MaxDocFreq(int numDocs) => Math.Max(MinDocFreqCap, (int)(numDocs * MaxDocFreqShare));

    /// <summary>As MoreLikeThis: at most this many tokens of a field analyzed.</summary>
    private const int MaxTokensParsed = 5000;

    private static readonly string[] Fields = [IndexSchema.Title, IndexSchema.Summary, IndexSchema.Body];

    /// <summary>The fields read from their stored text, having no term vector: not the record JSON, which is most of a document.</summary>
    private static readonly ISet<string> AnalysedFields = new HashSet<string>([IndexSchema.Title, IndexSchema.Summary]);

    private static readonly TFIDFSimilarity Similarity = new DefaultSimilarity();

    /// <summary>
    /// The query for records like document <paramref name="docNum"/>. Fields without a term vector
    /// are analyzed from their stored text with <paramref name="analyzer"/>, which must be the
    /// index's (stems and stop words as indexed). Document frequencies come from
    /// <paramref name="docFreqs"/> when given (computing every record's query at once), else from
    /// the index's terms.
    /// </summary>
    public static Query Query(IndexReader reader, int docNum, Analyzer analyzer, DocFreqTable? docFreqs = null)
    {
        var frequencies = TermFrequencies(reader, docNum, analyzer);
        var words = frequencies.Keys.Where(w => frequencies[w] >= MinTermFreq).Order(StringComparer.Ordinal).ToArray();
        var best = new (int DocFreq, string Field)[words.Length];
        foreach (var field in Fields)
        {
            var inField = docFreqs?.Of(field, words) ?? DocFreqs(reader, field, words);
            for (var i = 0; i < words.Length; i++)
            {
                if (inField[i] > best[i].DocFreq)
                {
                    best[i] = (inField[i], field);
                }
            }
        }

        var numDocs = reader.NumDocs;
        var maxDocFreq = MaxDocFreq(numDocs);
        var scored = words
            .Select((word, i) => (Word: word, best[i].Field, best[i].DocFreq, Score: frequencies[word] * Similarity.Idf(best[i].DocFreq, numDocs)))
            .Where(t => t.DocFreq >= MinDocFreq && t.DocFreq <= maxDocFreq)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Word, StringComparer.Ordinal)
            .Take(MaxQueryTerms)
            .ToArray();

        // A kindred record shares several of the distinctive words, not one: requiring three lets
        // Lucene skip every record that has fewer, which at 100,000 records is most of the work.
        var query = new BooleanQuery { MinimumNumberShouldMatch = Math.Min(MinSharedWords, scored.Length) };
        foreach (var term in scored)
        {
            query.Add(new TermQuery(new Term(term.Field, term.Word)) { Boost = term.Score / scored[0].Score }, Occur.SHOULD);
        }

        return query;
    }

    /// <summary>How often each word (three letters or more) occurs in the record, over all three fields.</summary>
    private static Dictionary<string, int> TermFrequencies(IndexReader reader, int docNum, Analyzer analyzer)
    {
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var vectors = reader.GetTermVectors(docNum);
        Lucene.Net.Documents.Document? stored = null;
        foreach (var field in Fields)
        {
            if (vectors?.GetTerms(field) is { } vector)
            {
                var terms = vector.GetEnumerator();
                while (terms.MoveNext())
                {
                    var word = terms.Term.Utf8ToString();
                    if (Telling(word))
                    {
                        frequencies[word] = frequencies.GetValueOrDefault(word) + (int)terms.TotalTermFreq;
                    }
                }

                continue;
            }

            stored ??= StoredCards.Read(reader, docNum, AnalysedFields);
            foreach (var text in stored.GetValues(field))
            {
                using var stream = analyzer.GetTokenStream(field, new StringReader(text));
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                for (var tokens = 0; tokens < MaxTokensParsed && stream.IncrementToken(); tokens++)
                {
                    var word = term.ToString();
                    if (Telling(word))
                    {
                        frequencies[word] = frequencies.GetValueOrDefault(word) + 1;
                    }
                }

                stream.End();
            }
        }

        return frequencies;
    }

    /// <summary>
    /// A word that can say what a record is about: a stem (the index holds each word as written and
    /// as its marked stem, <see cref="MarkedStems"/>; the stem, which every form of a word shares, is
    /// what counts, once) of three letters or more. Stop words have no stem, so they never count.
    /// </summary>
    internal static bool Telling(string term) => MarkedStems.IsStem(term) && term.Length - 1 >= MinWordLength;

    /// <summary>The document frequency of each of <paramref name="words"/> (in sorted order) in <paramref name="field"/>: one enumerator per segment, seeking forward.</summary>
    private static int[] DocFreqs(IndexReader reader, string field, IReadOnlyList<string> words)
    {
        var docFreqs = new int[words.Count];
        foreach (var leaf in reader.Leaves)
        {
            if (leaf.AtomicReader.GetTerms(field) is not { } terms)
            {
                continue;
            }

            var enumerator = terms.GetEnumerator();
            for (var i = 0; i < words.Count; i++)
            {
                if (enumerator.SeekExact(new BytesRef(words[i])))
                {
                    docFreqs[i] += enumerator.DocFreq;
                }
            }
        }

        return docFreqs;
    }

    /// <summary>
    /// Every stem's document frequency in each field the query reads, from one walk of the index's
    /// terms: for computing every record's related records at once, where seeking each record's
    /// words in each field of each segment, record after record, was four fifths of the time. About
    /// as large as the archive's vocabulary of stems; let go once the work is done.
    /// </summary>
    internal sealed class DocFreqTable
    {
        private readonly Dictionary<string, Dictionary<string, int>> _fields = new(StringComparer.Ordinal);

        public DocFreqTable(IndexReader reader)
        {
            var mark = (byte)MarkedStems.Mark;
            foreach (var field in Fields)
            {
                var table = _fields[field] = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var leaf in reader.Leaves)
                {
                    if (leaf.AtomicReader.GetTerms(field) is not { } terms)
                    {
                        continue;
                    }

                    // Stems sort together: seek to the first, read on while the mark leads.
                    var enumerator = terms.GetEnumerator();
                    if (enumerator.SeekCeil(new BytesRef([mark])) == TermsEnum.SeekStatus.END)
                    {
                        continue;
                    }

                    do
                    {
                        var term = enumerator.Term;
                        if (term.Length == 0 || term.Bytes[term.Offset] != mark)
                        {
                            break;
                        }

                        var word = term.Utf8ToString();
                        table[word] = table.GetValueOrDefault(word) + enumerator.DocFreq;
                    }
                    while (enumerator.MoveNext());
                }
            }
        }

        /// <summary>The document frequency of each of <paramref name="words"/> in <paramref name="field"/>.</summary>
        public int[] Of(string field, IReadOnlyList<string> words)
        {
            var table = _fields[field];
            var docFreqs = new int[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                docFreqs[i] = table.GetValueOrDefault(words[i]);
            }

            return docFreqs;
        }
    }
}
