using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search;

/// <summary>
/// The records a quotation may come from, by the index alone: its rarest words (each as its marked
/// stem, so "pilots" finds "pilot"; a word the index never saw, an OCR slip, is no help and left out)
/// and the people it names, of which a share must match, ranked by BM25. A quotation with a word
/// changed, left out or misspelt still shares most of its rare words with its source, and the
/// rarest words are what tell that source from the rest of the archive.
/// </summary>
internal static class QuoteCandidates
{
    /// <summary>Words of the quotation the query uses, the rarest first: enough to find its source among 100,000 records, few enough to stay a fast query.</summary>
    public const int MaxWords = 16;

    /// <summary>The least score a candidate has, as a share of the best record's.</summary>
    public const float ShareOfBestScore = 0.2f;

    /// <summary>Of the words and people the query uses, the share a record must have.</summary>
    public const double MinimumShare = 0.4;

    /// <summary>The ids of at most <paramref name="count"/> records most like the quotation <paramref name="text"/>, best first.</summary>
    public static IReadOnlyList<string> Find(IndexSearcher searcher, Analyzer analyzer, NameAuthority names, string text, int count)
    {
        var reader = searcher.IndexReader;
        var stems = new HashSet<string>(StringComparer.Ordinal);
        using (var stream = analyzer.GetTokenStream(IndexSchema.Body, new StringReader(text)))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var value = term.ToString();
                // Stop words have no stem: "the" tells no record from another.
                if (MarkedStems.IsStem(value))
                {
                    stems.Add(value);
                }
            }

            stream.End();
        }

        var rarest = stems
            .Select(stem => (Term: new Term(IndexSchema.Body, stem), Frequency: reader.DocFreq(new Term(IndexSchema.Body, stem))))
            .Where(t => t.Frequency > 0)
            .OrderBy(t => t.Frequency).ThenBy(t => t.Term.Text, StringComparer.Ordinal)
            .Take(MaxWords)
            .Select(t => t.Term);
        var people = names.FindMentions(text).Select(m => new Term(IndexSchema.Person, m.Person.Id)).Distinct();
        var clauses = rarest.Concat(people).ToArray();
        if (clauses.Length == 0)
        {
            return [];
        }

        var query = new BooleanQuery { MinimumNumberShouldMatch = Math.Max(1, (int)Math.Ceiling(clauses.Length * MinimumShare)) };
        foreach (var clause in clauses)
        {
            query.Add(new TermQuery(clause), Occur.SHOULD);
        }

        var fields = new HashSet<string>([IndexSchema.Id]);
        var hits = searcher.Search(query, Math.Max(1, count)).ScoreDocs;
        // A record scoring a small part of the best shares few of the rare words the best shares:
        // comparing it word by word would only cost time.
        return hits
            .TakeWhile(hit => hit.Score >= ShareOfBestScore * hits[0].Score)
            .Select(hit => StoredCards.Read(searcher, hit.Doc, fields).Get(IndexSchema.Id))
            .ToArray();
    }
}
