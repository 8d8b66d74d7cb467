using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Names.Lists;

/// <summary>
/// One volume's "Abbreviations and Terms", ready to explain a record's text: each term the text
/// uses is wrapped in <c>&lt;abbr title="…"&gt;</c> with its meaning in that volume, as FRUS's own
/// reading panel explains them, and the terms used are listed for the page's glossary. Terms are
/// matched as printed (case and periods), as whole words.
/// </summary>
public sealed class VolumeTerms
{
    private static readonly Regex TagRegex = new(@"<[^>]*>", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private readonly Dictionary<string, ListedTerm> _byTerm = new(StringComparer.Ordinal);
    private readonly Regex? _terms;

    /// <summary>The terms of one volume; a term printed twice keeps its first meaning.</summary>
    public VolumeTerms(IEnumerable<ListedTerm> terms)
    {
        foreach (var term in terms.Where(t => t.Term.Any(char.IsLetter)))
        {
            _byTerm.TryAdd(term.Term, term);
        }

        if (_byTerm.Count > 0)
        {
            var alternatives = string.Join('|', _byTerm.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape));
            _terms = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternatives})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
        }
    }

    /// <summary>
    /// <paramref name="html"/> (a rendered body) with every use of a term explained, and the terms
    /// used, in the order of their first use. Only text between tags is read, so markup is never
    /// broken, and every character of the text is kept: a term is wrapped, never changed.
    /// </summary>
    public (string Html, IReadOnlyList<ListedTerm> Used) Explain(string html)
    {
        if (_terms is null)
        {
            return (html, []);
        }

        var used = new List<ListedTerm>();
        var output = new StringBuilder(html.Length);
        var at = 0;
        foreach (var tag in TagRegex.Matches(html).Cast<Match?>().Append(null))
        {
            var end = tag?.Index ?? html.Length;
            if (end > at)
            {
                AppendText(output, WebUtility.HtmlDecode(html[at..end]), used);
            }

            if (tag is not null)
            {
                output.Append(tag.Value);
                at = tag.Index + tag.Length;
            }
        }

        return used.Count == 0 ? (html, []) : (output.ToString(), used);
    }

    private void AppendText(StringBuilder output, string text, List<ListedTerm> used)
    {
        var position = 0;
        foreach (Match match in _terms!.Matches(text))
        {
            var term = _byTerm[match.Value];
            if (!used.Contains(term))
            {
                used.Add(term);
            }

            output.Append(WebUtility.HtmlEncode(text[position..match.Index]))
                .Append("<abbr title=\"").Append(WebUtility.HtmlEncode(term.Description)).Append("\">")
                .Append(WebUtility.HtmlEncode(match.Value)).Append("</abbr>");
            position = match.Index + match.Length;
        }

        output.Append(WebUtility.HtmlEncode(text[position..]));
    }
}
