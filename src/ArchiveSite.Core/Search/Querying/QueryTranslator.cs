using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// Reads a researcher's query (phrases, AND/OR/NOT, field prefixes) into a Lucene query. Query
/// text is hostile until read: it is capped, checked for the common mistakes, names are mapped to
/// the people authority, archival shorthand ("Fond 45") to the reference field, and unknown field
/// prefixes are searched as words. Every failure is a sentence for the researcher, never an exception.
/// </summary>
internal sealed class QueryTranslator(Analyzer analyzer, NameAuthority names, Ranking? ranking = null)
{
    private readonly Ranking _ranking = ranking ?? Ranking.Default;

    /// <summary>The longest query read, in characters; longer ones are refused with a reason (see <see cref="QueryLimits.MaxQueryLength"/>).</summary>
    public const int MaxQueryLength = QueryLimits.MaxQueryLength;

    /// <summary>Reads <paramref name="text"/>; never throws for any input.</summary>
    public TranslatedQuery Translate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new TranslatedQuery(null, null, [], []);
        }

        if (text.Length > MaxQueryLength)
        {
            return Fail($"The query is {text.Length:N0} characters long; the limit is {MaxQueryLength:N0}. Search for the few words that matter most.");
        }

        var query = new string(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        if (QuerySyntaxCheck.FindProblem(query) is { } problem)
        {
            return Fail(problem);
        }

        var notices = new List<string>();
        query = QueryTextRewrites.EscapeSlashes(query);
        query = QueryTextRewrites.RewriteFieldPrefixes(query, notices);
        query = QueryTextRewrites.RewriteArchivalShorthand(query);
        var mentions = new List<NameMention>();
        query = QueryTextRewrites.RewriteNames(query, names, mentions);
        var people = mentions.Select(m => m.Person).Distinct().ToArray();

        var parser = new ArchiveQueryParser(_ranking.FieldWeights.Keys.ToArray(), analyzer, _ranking.FieldWeights.ToDictionary(kv => kv.Key, kv => kv.Value))
        {
            DefaultOperator = Operator.AND,
            AllowLeadingWildcard = false,
            // Expanded wildcard terms become ordinary term clauses: their number is capped by
            // BooleanQuery's clause limit, and the terms can be highlighted.
            MultiTermRewriteMethod = MultiTermQuery.SCORING_BOOLEAN_QUERY_REWRITE,
        };

        try
        {
            var parsed = parser.Parse(query);
            notices.AddRange(parser.Notices);
            if (parsed is BooleanQuery { Clauses.Count: 0 })
            {
                return new TranslatedQuery(null, "The query has no word the archive searches on its own: very common words (such as 'the', 'of', 'and') count only inside a quoted phrase (\"the Secretary of State\"), and symbols and words over 255 letters are not searched. Add a word that names what you are looking for.", notices, people);
            }

            if (WithBoostsCapped(parsed))
            {
                notices.Add($"A boost (^) over {QueryLimits.MaxBoost:0} was lowered to {QueryLimits.MaxBoost:0}, which already ranks the boosted words above the rest.");
            }

            var answered = TypedNames.Prefer(WithPureNegativesAnswered(parsed), mentions, parser, _ranking);
            if (ProximityBonus.PlainWords(text) is { } words)
            {
                answered = ProximityBonus.Add(answered, words, parser, _ranking);
            }

            return new TranslatedQuery(answered, null, notices, people);
        }
        catch (ParseException ex) when (ex.InnerException is QueryReadException inner)
        {
            return Fail(inner.Message);
        }
        catch (QueryReadException ex)
        {
            return Fail(ex.Message);
        }
        catch (ParseException)
        {
            return Fail("The query could not be read. Put phrases in double quotation marks, write AND, OR and NOT in capitals between words, and escape special characters with a backslash (\\:). See the search help for examples.");
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            return Fail("The query has too many terms. Search for fewer words at once.");
        }
    }

    private static TranslatedQuery Fail(string error) => new(null, error, [], []);

    /// <summary>
    /// Lucene matches nothing with a group of only NOT clauses (<c>NOT Stalin</c>,
    /// <c>pilots OR (NOT Korea)</c>), since there is nothing to take the exclusions from. A researcher
    /// means "every record except", so each such group gets every record to exclude from.
    /// </summary>
    internal static Query WithPureNegativesAnswered(Query query)
    {
        if (query is not BooleanQuery boolean)
        {
            return query;
        }

        foreach (var clause in boolean.Clauses)
        {
            clause.Query = WithPureNegativesAnswered(clause.Query);
        }

        if (boolean.Clauses.Count > 0 && boolean.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            boolean.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return boolean;
    }

    /// <summary>
    /// Lowers every boost over <see cref="QueryLimits.MaxBoost"/> (or not a number) to it, in place;
    /// true when one was. The parser takes any digits after ^, and a float of forty digits is infinity.
    /// </summary>
    internal static bool WithBoostsCapped(Query query)
    {
        var capped = false;
        if (query.Boost > QueryLimits.MaxBoost || float.IsNaN(query.Boost))
        {
            query.Boost = QueryLimits.MaxBoost;
            capped = true;
        }

        if (query is BooleanQuery boolean)
        {
            foreach (var clause in boolean.Clauses)
            {
                capped |= WithBoostsCapped(clause.Query);
            }
        }

        return capped;
    }
}
