
namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// The plain words of a query that a spelling correction may touch, as spans of the text as typed.
/// Left alone, so a corrected query keeps its meaning and its syntax: operators (AND, OR, NOT,
/// TO), field names and whatever follows a field prefix (<c>title:Stalin</c>,
/// <c>date:"November 20, 1950"</c>), ranges in brackets, words with wildcards, fuzzy marks, boosts
/// or escapes (<c>pilot*</c>, <c>Shtyk?v</c>, <c>Manchuira~</c>), words joined to digits
/// (<c>MIG15</c>) and words too short to correct with confidence. Words inside a plain phrase are
/// offered: replacing letters inside the quotation marks cannot unbalance them.
/// </summary>
public static class QueryWords
{
    /// <summary>Shorter words are not corrected: at three letters almost every edit is another real word.</summary>
    public const int MinLength = 4;

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "TO" };

    /// <summary>The correctable words of <paramref name="query"/>, in order.</summary>
    public static IReadOnlyList<(int Start, int Length)> Find(string query)
    {
        var words = new List<(int, int)>();
        var inQuote = false;
        var quoteIsFieldValue = false;
        var rangeDepth = 0;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\')
            {
                // An escaped character, and the word it begins, are taken as typed.
                i++;
                while (i + 1 < query.Length && char.IsLetter(query[i + 1]))
                {
                    i++;
                }

                continue;
            }

            if (c == '"')
            {
                quoteIsFieldValue = !inQuote && i > 0 && query[i - 1] == ':';
                inQuote = !inQuote;
                continue;
            }

            if (!inQuote && c is '[' or '{')
            {
                rangeDepth++;
            }
            else if (!inQuote && c is ']' or '}')
            {
                rangeDepth = Math.Max(0, rangeDepth - 1);
            }

            if (!char.IsLetter(c))
            {
                continue;
            }

            var start = i;
            while (i + 1 < query.Length && char.IsLetter(query[i + 1]))
            {
                i++;
            }

            var length = i - start + 1;
            if (IsCorrectable(query, start, length) && !(inQuote && quoteIsFieldValue) && rangeDepth == 0)
            {
                words.Add((start, length));
            }
        }

        return words;
    }

    private static bool IsCorrectable(string query, int start, int length)
    {
        var before = start > 0 ? query[start - 1] : ' ';
        var after = start + length < query.Length ? query[start + length] : ' ';
        return length >= MinLength
            && !Operators.Contains(query.Substring(start, length))
            && before is not (':' or '\\' or '*' or '?' or '_') && !char.IsDigit(before)
            && after is not (':' or '*' or '?' or '~' or '^' or '_') && !char.IsDigit(after);
    }
}
