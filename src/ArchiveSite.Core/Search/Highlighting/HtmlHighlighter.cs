using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Search.Highlighting;

/// <summary>
/// Marks matches inside rendered HTML (a record body from Markdig or the plain-text renderer):
/// only text between tags is searched, so markup is never broken. Each match becomes
/// <c>&lt;mark id="hit-N"&gt;</c> followed by links to the previous and next match, which is
/// hit-to-hit navigation that works without JavaScript.
/// </summary>
public static partial class HtmlHighlighter
{
    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex TagRegex();

    /// <summary>The HTML with every match marked, and how many there are.</summary>
    public static (string Html, int Count) Highlight(string html, Func<string, List<(int Start, int End)>> findMatches)
    {
        var pieces = new List<(bool IsText, string Value, List<(int Start, int End)> Matches)>();
        var total = 0;
        foreach (var (isText, value) in Pieces(html))
        {
            var matches = isText ? Highlighter.Merge(findMatches(value)) : [];
            total += matches.Count;
            pieces.Add((isText, value, matches));
        }

        var output = new StringBuilder(html.Length + (total * 160));
        var n = 0;
        foreach (var (isText, value, matches) in pieces)
        {
            if (!isText)
            {
                output.Append(value);
                continue;
            }

            var position = 0;
            foreach (var (start, end) in matches)
            {
                n++;
                output.Append(WebUtility.HtmlEncode(value[position..start]));
                output.Append("<mark id=\"hit-").Append(n).Append("\">").Append(WebUtility.HtmlEncode(value[start..end])).Append("</mark>");
                AppendNavigation(output, n, total);
                position = end;
            }

            output.Append(WebUtility.HtmlEncode(value[position..]));
        }

        return (output.ToString(), total);
    }

    /// <summary>
    /// The HTML as it is read for matching: each tag as written, and each run of text between tags
    /// decoded. Matches are found in each run alone (never across a tag), here and in
    /// <see cref="Passages"/>, so both count the same matches.
    /// </summary>
    internal static IEnumerable<(bool IsText, string Value)> Pieces(string html)
    {
        var at = 0;
        foreach (var tag in TagRegex().Matches(html).Cast<Match?>().Append(null))
        {
            var end = tag?.Index ?? html.Length;
            if (end > at)
            {
                yield return (true, WebUtility.HtmlDecode(html[at..end]));
            }

            if (tag is not null)
            {
                yield return (false, tag.Value);
                at = tag.Index + tag.Length;
            }
        }
    }

    private static void AppendNavigation(StringBuilder output, int n, int total)
    {
        output.Append("<span class=\"hit-nav\">");
        if (n > 1)
        {
            output.Append("<a href=\"#hit-").Append(n - 1).Append("\" aria-label=\"Previous match (").Append(n - 1).Append(" of ").Append(total).Append(")\">‹</a>");
        }

        if (n < total)
        {
            output.Append("<a href=\"#hit-").Append(n + 1).Append("\" aria-label=\"Next match (").Append(n + 1).Append(" of ").Append(total).Append(")\">›</a>");
        }

        output.Append("</span>");
    }
}
