using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Versions;

/// <summary>How a stretch of text fares between two versions.</summary>
public enum DiffKind
{
    /// <summary>In both versions.</summary>
    Same,

    /// <summary>Only in the older version.</summary>
    Removed,

    /// <summary>Only in the newer version.</summary>
    Added,
}

/// <summary>A stretch of text, whitespace included, that is the same, removed or added.</summary>
/// <param name="Kind">Same, removed or added.</param>
/// <param name="Text">The text as written.</param>
public sealed record DiffSegment(DiffKind Kind, string Text);

/// <summary>
/// A word-level diff (Myers' O(ND) algorithm, the one behind <c>git diff</c>) of two texts. Words
/// and runs of whitespace are the units, so a corrected word shows as one word removed and one
/// added, and the text of each side is exactly the concatenation of its segments: nothing is lost
/// or re-spaced.
/// </summary>
public static partial class WordDiff
{
    [GeneratedRegex(@"\S+|\s+")]
    private static partial Regex TokenRegex();

    /// <summary>The segments that turn <paramref name="older"/> into <paramref name="newer"/>, adjacent segments of a kind merged.</summary>
    public static IReadOnlyList<DiffSegment> Compute(string older, string newer)
    {
        var a = Tokens(older);
        var b = Tokens(newer);

        // Common ends first: most revisions touch a few words, and trimming keeps the search small.
        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
        {
            suffix++;
        }

        var segments = new List<DiffSegment>();
        Add(segments, DiffKind.Same, a.Take(prefix));
        foreach (var (kind, token) in Middle(a[prefix..(a.Length - suffix)], b[prefix..(b.Length - suffix)]))
        {
            Add(segments, kind, [token]);
        }

        Add(segments, DiffKind.Same, a.Skip(a.Length - suffix));
        return segments;
    }

    private static string[] Tokens(string text) => TokenRegex().Matches(text).Select(m => m.Value).ToArray();

    private static void Add(List<DiffSegment> segments, DiffKind kind, IEnumerable<string> tokens)
    {
        var text = string.Concat(tokens);
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new DiffSegment(kind, text));
        }
    }

    /// <summary>
    /// The most word edits searched for. Each step keeps its frontier for the walk back, so memory
    /// grows with the square of the edits; past this many (a rewritten text rather than a revised
    /// one) the middle is shown as wholly removed and wholly added, which is still exact.
    /// </summary>
    internal const int MaxEdits = 2000;

    /// <summary>Myers' greedy forward search for a shortest edit script, then a walk back through the saved frontiers.</summary>
    private static IEnumerable<(DiffKind Kind, string Token)> Middle(string[] a, string[] b)
    {
        int n = a.Length, m = b.Length, max = n + m;
        if (max == 0)
        {
            return [];
        }

        var limit = Math.Min(max, MaxEdits);
        var v = new int[(2 * limit) + 3];
        var offset = limit + 1;
        // trace[d] holds the frontier before step d, for diagonals -d..d only.
        var trace = new List<int[]>();
        var found = false;
        for (var d = 0; d <= limit && !found; d++)
        {
            trace.Add(v[(offset - d)..(offset + d + 1)]);
            for (var k = -d; k <= d; k += 2)
            {
                var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                {
                    x++;
                    y++;
                }

                v[offset + k] = x;
                if (x >= n && y >= m)
                {
                    found = true;
                    break;
                }
            }
        }

        if (!found)
        {
            return a.Select(t => (DiffKind.Removed, t)).Concat(b.Select(t => (DiffKind.Added, t)));
        }

        // Walk back from (n, m) through each frontier, collecting the script in reverse.
        var script = new List<(DiffKind, string)>();
        int cx = n, cy = m;
        for (var d = trace.Count - 1; d > 0; d--)
        {
            var frontier = trace[d];
            int At(int k) => frontier[k + d];
            var diagonal = cx - cy;
            var down = diagonal == -d || (diagonal != d && At(diagonal - 1) < At(diagonal + 1));
            var prevK = down ? diagonal + 1 : diagonal - 1;
            var prevX = At(prevK);
            var prevY = prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                script.Add((DiffKind.Same, a[--cx]));
                cy--;
            }

            if (down)
            {
                script.Add((DiffKind.Added, b[--cy]));
            }
            else
            {
                script.Add((DiffKind.Removed, a[--cx]));
            }
        }

        while (cx > 0 && cy > 0)
        {
            script.Add((DiffKind.Same, a[--cx]));
            cy--;
        }

        script.Reverse();
        return script;
    }
}
