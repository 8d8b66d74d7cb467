using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// A name the authority knows searches the person, every spelling of them alike (the query's
/// <c>person:</c> tag, <see cref="QueryTextRewrites.RewriteNames"/>); but the spelling the researcher
/// typed says something: "Filippov" asks first for the telegrams signed with Stalin's pseudonym, then
/// for the rest of Stalin. So each person clause becomes the tag, required as before, with the typed
/// spelling as a phrase beside it, optional: it changes the order, never what matches.
/// </summary>
internal static class TypedNames
{
    /// <summary><paramref name="query"/> with every person clause of <paramref name="mentions"/> given its typed spellings' bonus, in place where it can be.</summary>
    public static Query Prefer(Query query, IReadOnlyList<NameMention> mentions, QueryBuilder builder, Ranking ranking)
    {
        if (mentions.Count == 0 || ranking.TypedNameBoost <= 0)
        {
            return query;
        }

        var typed = mentions.GroupBy(m => m.Person.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Text).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparer.Ordinal);
        return Rewrite(query, typed, builder, ranking);
    }

    private static Query Rewrite(Query query, IReadOnlyDictionary<string, string[]> typed, QueryBuilder builder, Ranking ranking)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    clause.Query = Rewrite(clause.Query, typed, builder, ranking);
                }

                return boolean;
            case TermQuery term when term.Term.Field == IndexSchema.Person && typed.TryGetValue(term.Term.Text, out var spellings):
                var bonus = new BooleanQuery(disableCoord: true);
                foreach (var spelling in spellings)
                {
                    // Scored as the words would have been, field by field, had they not been a name.
                    foreach (var (field, weight) in ranking.FieldWeights)
                    {
                        if (builder.CreatePhraseQuery(field, spelling) is { } phrase)
                        {
                            phrase.Boost = ranking.TypedNameBoost * weight;
                            bonus.Add(phrase, Occur.SHOULD);
                        }
                    }
                }

                if (bonus.Clauses.Count == 0)
                {
                    return term;
                }

                var wrapped = new BooleanQuery(disableCoord: true) { { new TermQuery(term.Term), Occur.MUST }, { bonus, Occur.SHOULD } };
                wrapped.Boost = term.Boost;
                return wrapped;
            default:
                return query;
        }
    }
}
