using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSite.Core.Search.Highlighting;

/// <summary>
/// Marks matched words in stored text, built on core Lucene APIs (Lucene.Net's PostingsHighlighter,
/// FastVectorHighlighter and Highlighter were measured against it and are not used:
/// docs/highlighting.md): the text is run through the field's analyzer, and every token whose term the query
/// matched is a match at the token's character offsets. Snippets are the window with the most
/// distinct matched terms.
/// </summary>
public static class Highlighter
{
    /// <summary>Characters a snippet shows, about two lines of a result list.</summary>
    public const int SnippetLength = 280;

    /// <summary>Offsets (start, end) of every token of <paramref name="text"/> whose analyzed term is in <paramref name="terms"/>.</summary>
    internal static List<(int Start, int End)> FindMatches(Analyzer analyzer, string field, string text, IReadOnlySet<string> terms)
    {
        var matches = new List<(int, int)>();
        if (terms.Count == 0 || text.Length == 0)
        {
            return matches;
        }

        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (terms.Contains(term.ToString()))
            {
                matches.Add((offset.StartOffset, offset.EndOffset));
            }
        }

        stream.End();
        return matches;
    }

    /// <summary>The whole text as segments, matches marked.</summary>
    public static IReadOnlyList<TextSegment> Mark(string text, IEnumerable<(int Start, int End)> matches) =>
        Segment(text, 0, text.Length, Merge(matches));

    /// <summary>
    /// About <see cref="SnippetLength"/> characters around the densest run of matches, cut at word
    /// boundaries, with an ellipsis where text was left out; the opening of the text when nothing matched.
    /// </summary>
    public static IReadOnlyList<TextSegment> Snippet(string text, IEnumerable<(int Start, int End)> matches, int length = SnippetLength)
    {
        var merged = Merge(matches);
        if (text.Length <= length)
        {
            return Collapse(Segment(text, 0, text.Length, merged));
        }

        var start = 0;
        if (merged.Count > 0)
        {
            var best = 0;
            var bestScore = -1;
            for (var i = 0; i < merged.Count; i++)
            {
                var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var j = i; j < merged.Count && merged[j].End <= merged[i].Start + length - 40; j++)
                {
                    words.Add(text[merged[j].Start..merged[j].End]);
                }

                if (words.Count > bestScore)
                {
                    (best, bestScore) = (i, words.Count);
                }
            }

            start = Math.Max(0, merged[best].Start - 40);
        }

        start = WordStart(text, start);
        var end = WordEnd(text, Math.Min(text.Length, start + length));
        var segments = Segment(text, start, end, merged).ToList();
        if (start > 0)
        {
            segments.Insert(0, new TextSegment("… ", false));
        }

        if (end < text.Length)
        {
            segments.Add(new TextSegment(" …", false));
        }

        return Collapse(segments);
    }

    /// <summary>Matches in order, overlapping or touching ones joined.</summary>
    internal static List<(int Start, int End)> Merge(IEnumerable<(int Start, int End)> matches)
    {
        var merged = new List<(int Start, int End)>();
        foreach (var m in matches.Where(m => m.End > m.Start).OrderBy(m => m.Start))
        {
            if (merged.Count > 0 && m.Start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, m.End));
            }
            else
            {
                merged.Add(m);
            }
        }

        return merged;
    }

    private static List<TextSegment> Segment(string text, int start, int end, List<(int Start, int End)> matches)
    {
        var segments = new List<TextSegment>();
        var at = start;
        foreach (var (s, e) in matches)
        {
            if (e <= start || s >= end)
            {
                continue;
            }

            var ms = Math.Max(s, start);
            var me = Math.Min(e, end);
            if (ms > at)
            {
                segments.Add(new TextSegment(text[at..ms], false));
            }

            segments.Add(new TextSegment(text[ms..me], true));
            at = me;
        }

        if (at < end)
        {
            segments.Add(new TextSegment(text[at..end], false));
        }

        return segments;
    }

    /// <summary>Snippets run over line breaks; shown in a result list, any run of white space is one space.</summary>
    private static IReadOnlyList<TextSegment> Collapse(IEnumerable<TextSegment> segments) =>
        segments.Select(s => s with { Text = CollapseWhitespace(s.Text) }).ToArray();

    internal static string CollapseWhitespace(string text)
    {
        var chars = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    chars.Append(' ');
                }

                space = true;
            }
            else
            {
                chars.Append(c);
                space = false;
            }
        }

        return chars.ToString();
    }

    internal static int WordStart(string text, int position)
    {
        while (position > 0 && !char.IsWhiteSpace(text[position - 1]))
        {
            position--;
        }

        return position;
    }

    internal static int WordEnd(string text, int position)
    {
        while (position < text.Length && !char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
