using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// One rarity for a word in every field it is searched in: a query's word is looked for in title,
/// summary, body, citation and archival reference, and each field's own document frequency would
/// make a common word ("far", "statement", "may") rare, and so worth ten to a hundred times more, in
/// a short field that seldom holds it: a record with the word in its title outranked the one whose
/// body holds the whole passage. Each term's frequency is set to the most it has in any of those
/// fields, as Elasticsearch's cross-field query blends them, so a word weighs what it weighs in the
/// archive, and a field's weight and length still count. Applied to the searcher's reader at search
/// time (a <see cref="TermContext"/> given to a term query is Lucene's hook for exactly this); phrases
/// keep their own.
/// </summary>
internal static class BlendedIdf
{
    /// <summary><paramref name="query"/> with every term over <paramref name="fields"/> given the blended frequency, rewritten in place where it can be.</summary>
    public static Query Apply(Query query, IndexReader reader, IReadOnlyCollection<string> fields)
    {
        var docFreqs = new Dictionary<string, int>(StringComparer.Ordinal);
        return Rewrite(query, reader, fields, docFreqs);
    }

    private static Query Rewrite(Query query, IndexReader reader, IReadOnlyCollection<string> fields, Dictionary<string, int> docFreqs)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                {
                    clause.Query = Rewrite(clause.Query, reader, fields, docFreqs);
                }

                return boolean;
            case TermQuery term when fields.Contains(term.Term.Field):
                var text = term.Term.Text;
                if (!docFreqs.TryGetValue(text, out var blended))
                {
                    blended = fields.Max(f => reader.DocFreq(new Term(f, text)));
                    docFreqs[text] = blended;
                }

                var found = TermContext.Build(reader.Context, term.Term);
                if (found.DocFreq == 0 || found.DocFreq == blended)
                {
                    return term;
                }

                // The same postings in every segment, the totals the blended ones (a context's
                // totals are the sums of what is registered with it).
                var context = new TermContext(reader.Context);
                var first = true;
                foreach (var leaf in reader.Leaves)
                {
                    if (found.Get(leaf.Ord) is { } state)
                    {
                        context.Register(state, leaf.Ord, first ? blended : 0, first ? found.TotalTermFreq : 0);
                        first = false;
                    }
                }

                return new TermQuery(term.Term, context) { Boost = term.Boost };
            default:
                return query;
        }
    }
}
