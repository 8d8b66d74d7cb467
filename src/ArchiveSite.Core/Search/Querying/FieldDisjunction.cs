using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// A word found in several fields of one record counts its best field in full and the others by
/// <see cref="Indexing.Ranking.FieldTie"/>: the parser adds the fields' scores, so a word in a
/// title that the citation repeats, and the summary again, was counted three times over one in the
/// text. Each word's group of per-field clauses becomes a <see cref="DisjunctionMaxQuery"/> with
/// that tie-breaker (1 is the plain sum).
/// </summary>
internal static class FieldDisjunction
{
    /// <summary><paramref name="query"/> with every word's per-field group scored as its best field plus <paramref name="tie"/> of the rest, in place where it can be.</summary>
    public static Query Apply(Query query, float tie)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        if (WordGroup(boolean) && boolean.Clauses.Count > 1)
        {
            var disjunction = new DisjunctionMaxQuery(tie) { Boost = boolean.Boost };
            foreach (var clause in boolean.Clauses)
            {
                disjunction.Add(clause.Query);
            }

            return disjunction;
        }

        foreach (var clause in boolean.Clauses)
        {
            clause.Query = Apply(clause.Query, tie);
        }

        return boolean;
    }

    /// <summary>A group the multi-field parser makes of one word: optional clauses, each over one field of its own.</summary>
    private static bool WordGroup(BooleanQuery boolean)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in boolean.Clauses)
        {
            if (clause.Occur != Occur.SHOULD || Field(clause.Query) is not { } field || !fields.Add(field))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The one field a term query, or an optional group of them (a word and its stem), searches; null otherwise.</summary>
    private static string? Field(Query query) => query switch
    {
        TermQuery term => term.Term.Field,
        BooleanQuery group when group.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery) =>
            group.Clauses.Select(c => ((TermQuery)c.Query).Term.Field).Distinct(StringComparer.Ordinal).SingleOrDefault(),
        _ => null,
    };
}
