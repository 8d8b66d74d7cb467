using System.Text;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// The rewrites a query's text gets before Lucene's parser reads it, each a pure function of the
/// text (and the names authority) that leaves quoted phrases alone: slashes as characters, field
/// prefixes to fields, archival shorthand to the reference field, people's names to their tags.
/// </summary>
internal static partial class QueryTextRewrites
{
    [GeneratedRegex(@"(?<![\\\w])(?<field>[A-Za-z_][A-Za-z0-9_]*):", RegexOptions.CultureInvariant)]
    private static partial Regex FieldPrefixRegex();

    [GeneratedRegex(@"(?<![\w.:])(?<kind>fond|f\.|opis|op\.|delo|d\.|papka|listy|ll\.|l\.)\s*(?<value>\d[\w\-]*)(?![\w])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArchivalShorthandRegex();

    /// <summary>
    /// A slash outside quotation marks is searched as a character: Lucene would start a regular
    /// expression at it, so "and/or" or "1950/51" would fail to parse or silently search a
    /// pattern. A slash starting a word has already been refused as a regular expression by
    /// <see cref="QuerySyntaxCheck"/>; one inside a word, or in an address, is what the researcher typed.
    /// </summary>
    public static string EscapeSlashes(string query) =>
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
    public static string RewriteFieldPrefixes(string query, List<string> notices) =>
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
    public static string RewriteArchivalShorthand(string query) =>
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
    public static string RewriteNames(string query, NameAuthority names, List<NameMention> mentions)
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
            mentions.Add(mention);
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
