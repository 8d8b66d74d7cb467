using System.Text;
using System.Text.RegularExpressions;
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
internal sealed partial class QueryTranslator(Analyzer analyzer, NameAuthority names)
{
    /// <summary>The longest query read, in characters; longer ones are refused with a reason (see <see cref="QueryLimits.MaxQueryLength"/>).</summary>
    public const int MaxQueryLength = QueryLimits.MaxQueryLength;

    private static readonly string[] DefaultFields = IndexSchema.DefaultFields.Keys.ToArray();

    [GeneratedRegex(@"(?<![\\\w])(?<field>[A-Za-z_][A-Za-z0-9_]*):", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPrefixRegex();

    [GeneratedRegex(@"(?<![\w.:])(?<kind>fond|f\.|opis|op\.|delo|d\.|papka|listy|ll\.|l\.)\s*(?<value>\d[\w\-]*)(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArchivalShorthandRegex();

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
        query = EscapeSlashes(query);
        query = RewriteFieldPrefixes(query, notices);
        query = RewriteArchivalShorthand(query);
        var people = new List<Person>();
        query = RewriteNames(query, people);

        var parser = new ArchiveQueryParser(DefaultFields, analyzer, IndexSchema.DefaultFields.ToDictionary(kv => kv.Key, kv => kv.Value))
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
                return new TranslatedQuery(null, "The query has no word the archive indexes: very common words (such as 'the', 'of', 'and'), symbols and words over 255 letters are not searched. Add a word that names what you are looking for.", notices, people);
            }

            if (WithBoostsCapped(parsed))
            {
                notices.Add($"A boost (^) over {QueryLimits.MaxBoost:0} was lowered to {QueryLimits.MaxBoost:0}, which already ranks the boosted words above the rest.");
            }

            return new TranslatedQuery(WithPureNegativesAnswered(parsed), null, notices, people.Distinct().ToArray());
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

    /// <summary>
    /// A slash outside quotation marks is searched as a character: Lucene would start a regular
    /// expression at it, so "and/or" or "1950/51" would fail to parse or silently search a
    /// pattern. A slash starting a word has already been refused as a regular expression by
    /// <see cref="QuerySyntaxCheck"/>; one inside a word, or in an address, is what the researcher typed.
    /// </summary>
    private static string EscapeSlashes(string query) =>
        OutsideQuotes(query, part =>
        {
            var escaped = new StringBuilder(part.Length);
            for (var i = 0; i < part.Length; i++)
            {
                if (part[i] == '\\' && i + 1 < part.Length)
                {
                    escaped.Append(part, i++, 2);
                    continue;
                }

                escaped.Append(part[i] == '/' ? "\\/" : part[i].ToString());
            }

            return escaped.ToString();
        });

    /// <summary>Known prefixes become their field; an unknown one (a stray "Note:") is searched as a word.</summary>
    private static string RewriteFieldPrefixes(string query, List<string> notices) =>
        OutsideQuotes(query, part => FieldPrefixRegex().Replace(part, m =>
        {
            var name = m.Groups["field"].Value;
            if (IndexSchema.QueryPrefixes.TryGetValue(name, out var field))
            {
                return field + ":";
            }

            notices.Add($"There is no field called '{name}', so '{name}:' was searched as a word. Fields you can name: {string.Join(", ", IndexSchema.QueryPrefixes.Keys)}.");
            return name + @"\:";
        }));

    /// <summary>"Fond 45", "f. 45", "Delo 347" search the reference field as a phrase, whatever the spelling.</summary>
    private static string RewriteArchivalShorthand(string query) =>
        OutsideQuotes(query, part => ArchivalShorthandRegex().Replace(part, m =>
            $"{IndexSchema.Reference}:\"{CanonicalLevel(m.Groups["kind"].Value)} {m.Groups["value"].Value}\""));

    private static string CanonicalLevel(string kind) => kind.ToLowerInvariant() switch
    {
        "fond" or "f." => "fond",
        "opis" or "op." => "opis",
        "delo" or "d." => "delo",
        "papka" => "papka",
        _ => "listy",
    };

    /// <summary>
    /// A person's name, written any way the authority knows, searches the person tag: alone, or as
    /// a phrase that is exactly the name. Names inside a longer phrase or after a field prefix stay words.
    /// </summary>
    private string RewriteNames(string query, List<Person> people)
    {
        var result = new StringBuilder();
        var last = 0;
        foreach (var mention in names.FindMentions(query))
        {
            var start = mention.Start;
            var end = mention.Start + mention.Length;
            if (start < last)
            {
                continue;
            }

            if (QuoteDepthAt(query, start) == 1)
            {
                var wholePhrase = query[start - 1] == '"' && end < query.Length && query[end] == '"';
                if (!wholePhrase)
                {
                    continue; // a name inside a longer phrase stays part of the phrase
                }

                start--;
                end++;
            }

            if ((start > 0 && query[start - 1] == ':') || InsideFieldGroup(query, start))
            {
                continue; // title:Stalin, title:"Stalin" or title:(Kim Il Sung) asks for the words in that field
            }

            result.Append(query, last, start - last).Append(IndexSchema.Person).Append(':').Append(mention.Person.Id);
            people.Add(mention.Person);
            last = end;
        }

        return result.Append(query, last, query.Length - last).ToString();
    }

    private static int QuoteDepthAt(string query, int position)
    {
        var inside = 0;
        for (var i = 0; i < position; i++)
        {
            if (query[i] == '\\')
            {
                i++;
            }
            else if (query[i] == '"')
            {
                inside ^= 1;
            }
        }

        return inside;
    }

    /// <summary>
    /// Applies <paramref name="rewrite"/> to the parts of the query outside quotation marks. An
    /// escaped quotation mark (<c>\"</c>) is a character, not the start of a phrase.
    /// </summary>
    private static string OutsideQuotes(string query, Func<string, string> rewrite)
    {
        var result = new StringBuilder(query.Length);
        var start = 0;
        var inside = false;
        for (var i = 0; i < query.Length; i++)
        {
            if (query[i] == '\\')
            {
                i++;
                continue;
            }

            if (query[i] == '"')
            {
                var part = query[start..i];
                result.Append(inside ? part : rewrite(part)).Append('"');
                inside = !inside;
                start = i + 1;
            }
        }

        var rest = query[start..];
        return result.Append(inside ? rest : rewrite(rest)).ToString();
    }

    /// <summary>
    /// True when <paramref name="position"/> lies inside a group a field prefix applies to
    /// (<c>title:(Kim Il Sung)</c>): the researcher asked for words in that field there.
    /// </summary>
    private static bool InsideFieldGroup(string query, int position)
    {
        var groups = new Stack<bool>();
        var inQuotes = false;
        for (var i = 0; i < position; i++)
        {
            switch (query[i])
            {
                case '\\':
                    i++;
                    break;
                case '"':
                    inQuotes = !inQuotes;
                    break;
                case '(' when !inQuotes:
                    groups.Push(i > 0 && query[i - 1] == ':');
                    break;
                case ')' when !inQuotes && groups.Count > 0:
                    groups.Pop();
                    break;
            }
        }

        return groups.Contains(true);
    }
}
