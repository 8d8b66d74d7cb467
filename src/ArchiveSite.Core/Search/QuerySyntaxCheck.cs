namespace ArchiveSite.Core.Search;

/// <summary>
/// Finds the commonest mistakes in a query before Lucene's parser does, so the researcher gets a
/// sentence about their query instead of a parser's internal message.
/// </summary>
public static class QuerySyntaxCheck
{
    /// <summary>The problem with <paramref name="query"/>, or null when none of the known mistakes is there.</summary>
    public static string? FindProblem(string query)
    {
        var quotes = 0;
        var parens = 0;
        var brackets = 0;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\')
            {
                i++; // an escaped character is literal
                continue;
            }

            if (c == '"')
            {
                quotes++;
                continue;
            }

            if (quotes % 2 == 1)
            {
                continue; // inside a phrase everything is literal
            }

            switch (c)
            {
                case '(':
                    parens++;
                    break;
                case ')' when parens == 0:
                    return "The query has a closing parenthesis ')' without an opening '('. Remove it, or add the '(' where the group starts, e.g. (pilots OR aviation) AND training.";
                case ')':
                    parens--;
                    break;
                case '[' or '{':
                    brackets++;
                    break;
                case ']' or '}' when brackets == 0:
                    return $"The query has a closing bracket '{c}' without an opening one. Brackets are for ranges such as title:[A TO C]; to search for the character, put it in quotation marks.";
                case ']' or '}':
                    brackets--;
                    break;
                case '*' when brackets > 0 && i + 1 < query.Length && query[i + 1] is ']' or '}' or ' ':
                    break; // a lone * in a range is an open end: date:[1950-11-19 TO *]
                case '*' or '?' when i == 0 || IsTermStart(query, i):
                    return $"A word cannot start with the wildcard '{c}' (it would have to compare every word in the archive). Put at least one letter before it, e.g. pilot*.";
            }
        }

        if (quotes % 2 == 1)
        {
            return "The query has an opening quotation mark without a closing one. Close the phrase, e.g. \"Kim Il Sung\", or remove the quotation mark.";
        }

        if (parens > 0)
        {
            return "The query has an opening parenthesis '(' without a closing ')'. Close the group, e.g. (pilots OR aviation) AND training.";
        }

        if (brackets > 0)
        {
            return "The query has an opening bracket '[' or '{' without a closing one. Ranges are written like title:[A TO C].";
        }

        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && IsOperator(words[^1]))
        {
            return $"The query ends with '{words[^1]}', which needs a search term after it, e.g. pilots {words[^1]} training.";
        }

        if (words.Length > 0 && words[0] is "AND" or "OR")
        {
            return $"The query starts with '{words[0]}', which must stand between two search terms, e.g. pilots {words[0]} training.";
        }

        return null;
    }

    private static bool IsOperator(string word) => word is "AND" or "OR" or "NOT" or "&&" or "||" or "+" or "-" or "!";

    private static bool IsTermStart(string query, int i) => query[i - 1] is ' ' or '(' or ':' or '+' or '-' or '\t';
}
