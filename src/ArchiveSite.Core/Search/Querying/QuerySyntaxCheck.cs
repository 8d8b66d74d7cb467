
namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// Finds the commonest mistakes in a query before Lucene's parser does, so the researcher gets a
/// sentence about their query instead of a parser's internal message; and refuses, before the
/// parser sees them, the forms it must not see: nesting deeper than
/// <see cref="QueryLimits.MaxNestingDepth"/> (its recursion could overflow the stack) and regular
/// expressions (<c>/…/</c>).
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
                case '(' when parens == QueryLimits.MaxNestingDepth:
                    return $"The query nests parentheses more than {QueryLimits.MaxNestingDepth} deep. Write the groups side by side instead, e.g. (pilots OR aviation) AND (Korea OR Manchuria).";
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
                case '/' when brackets == 0 && (i == 0 || IsTermStart(query, i)) && !IsAddress(query, i):
                    return RegularExpressionRefused;
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

    /// <summary>
    /// Why <c>/…/</c> is refused. Lucene reads a word between slashes as a regular expression and
    /// compares it with every word of the field; a pattern such as <c>/(.*a){20}/</c> makes an
    /// automaton of exponential size first. Wildcards cover what researchers need from it.
    /// </summary>
    public const string RegularExpressionRefused = "A word cannot start with '/': the archive does not search regular expressions (/…/), which can take it very long to compare. Use the wildcards * and ? instead, e.g. pilot*; to search for a slash, put a backslash before it (\\/) or put the words in quotation marks. A slash inside a word, as in 1950/51, is searched as it is.";

    private static bool IsOperator(string word) => word is "AND" or "OR" or "NOT" or "&&" or "||" or "+" or "-" or "!";

    private static bool IsTermStart(string query, int i) => query[i - 1] is ' ' or '(' or ':' or '+' or '-' or '!' or '\t';

    // "http://…" is an address pasted in, not a field and a regular expression: its slashes are searched as characters.
    private static bool IsAddress(string query, int i) => i > 0 && query[i - 1] == ':' && i + 1 < query.Length && query[i + 1] == '/';
}
