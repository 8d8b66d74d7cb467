namespace ArchiveSite.Core.Quotations;

/// <summary>
/// Where a quotation stands in one text, word by word, and how closely: the stretch of the text
/// (its first and last word) and what the alignment found along it.
/// </summary>
/// <param name="Start">Where the matching stretch starts in the text (a character offset).</param>
/// <param name="End">Where it ends.</param>
/// <param name="Same">Quotation words the text has as written (case, accents and punctuation aside).</param>
/// <param name="Variants">Quotation words the text spells otherwise: an OCR slip (<c>II</c> for <c>Il</c>), a letter or two changed, another spelling of a person's name.</param>
/// <param name="Changed">Quotation words standing where the text has another word.</param>
/// <param name="LeftOut">Words of the text the quotation leaves out without an ellipsis.</param>
/// <param name="Added">Quotation words the text does not have.</param>
/// <param name="Elided">Words of the text an ellipsis of the quotation stands for.</param>
/// <param name="QuotationWords">The quotation's words.</param>
public sealed record QuoteAlignment(int Start, int End, int Same, int Variants, int Changed, int LeftOut, int Added, int Elided, int QuotationWords)
{
    /// <summary>
    /// How closely the stretch matches, from 0 to 1: the quotation's words found in order (a
    /// variant counts <see cref="VariantWeight"/>), over the quotation's words plus the words the
    /// text has that the quotation leaves out without an ellipsis. 1 is every word as written.
    /// </summary>
    public double Score => (Same + (VariantWeight * Variants)) / Math.Max(1, QuotationWords + LeftOut);

    /// <summary>What a variant spelling counts for in <see cref="Score"/>: most of a word, less than the word as written.</summary>
    public const double VariantWeight = 0.75;

    /// <summary>Word differences found: variants, changed, left out and added words (an ellipsis's omission is not one).</summary>
    public int Differences => Variants + Changed + LeftOut + Added;

    // Costs the alignment minimizes: a variant is cheaper than a changed word, which is cheaper
    // than a word left out and one added; the words an ellipsis stands for cost nothing.
    private const float VariantCost = 0.25f;
    private const float ChangeCost = 1f;
    private const float GapCost = 1f;

    /// <summary>
    /// The best stretch of <paramref name="text"/> for <paramref name="quotation"/>: every quotation
    /// word is aligned (as the same word, a variant, a changed word or one the text lacks), the
    /// stretch may start and end anywhere in the text, and after a word followed by an ellipsis
    /// the text's words are skipped for free. Dynamic programming over quotation × text words
    /// (semi-global edit distance); null when the text has no word or no word matches at all.
    /// <paramref name="compare"/> caches word comparisons across the texts of one check.
    /// </summary>
    public static QuoteAlignment? Find(IReadOnlyList<QuoteWord> quotation, IReadOnlyList<QuoteWord> text, WordComparer compare)
    {
        int n = quotation.Count, m = text.Count;
        if (n == 0 || m == 0)
        {
            return null;
        }

        var width = m + 1;
        var cost = new float[(n + 1) * width];
        // 0 diagonal, 1 up (a quotation word the text lacks), 2 left (a text word the quotation leaves out).
        var move = new byte[(n + 1) * width];
        for (var i = 1; i <= n; i++)
        {
            cost[i * width] = i * GapCost;
            move[i * width] = 1;
            var skip = quotation[i - 1].GapAfter && i < n ? 0f : GapCost;
            var q = quotation[i - 1];
            for (var j = 1; j <= m; j++)
            {
                var diagonal = cost[((i - 1) * width) + j - 1] + compare.Cost(q, text[j - 1]);
                var up = cost[((i - 1) * width) + j] + GapCost;
                var left = cost[(i * width) + j - 1] + skip;
                var at = (i * width) + j;
                if (diagonal <= up && diagonal <= left)
                {
                    (cost[at], move[at]) = (diagonal, 0);
                }
                else if (left <= up)
                {
                    (cost[at], move[at]) = (left, 2);
                }
                else
                {
                    (cost[at], move[at]) = (up, 1);
                }
            }
        }

        var end = 1;
        for (var j = 2; j <= m; j++)
        {
            if (cost[(n * width) + j] < cost[(n * width) + end])
            {
                end = j;
            }
        }

        // Walk back from the best end to where the quotation's first word was placed.
        int same = 0, variants = 0, changed = 0, leftOut = 0, added = 0, elided = 0;
        int row = n, column = end, first = end, last = -1;
        while (row > 0)
        {
            var at = (row * width) + column;
            switch (move[at])
            {
                case 0:
                    var c = compare.Cost(quotation[row - 1], text[column - 1]);
                    if (c == 0)
                    {
                        same++;
                    }
                    else if (c < ChangeCost)
                    {
                        variants++;
                    }
                    else
                    {
                        changed++;
                    }

                    last = last < 0 ? column : last;
                    first = column;
                    row--;
                    column--;
                    break;
                case 1:
                    added++;
                    row--;
                    break;
                default:
                    if (quotation[row - 1].GapAfter && row < n)
                    {
                        elided++;
                    }
                    else
                    {
                        leftOut++;
                    }

                    column--;
                    break;
            }
        }

        if (last < 0 || same + variants == 0)
        {
            return null;
        }

        return new QuoteAlignment(text[first - 1].Start, text[last - 1].End, same, variants, changed, leftOut, added, elided, n);
    }

    /// <summary>Compares words, remembering each pair's cost for the rest of one check: a check meets the same words in many texts.</summary>
    public sealed class WordComparer
    {
        private readonly Dictionary<(string, string), float> _known = [];

        /// <summary>The cost of aligning quotation word <paramref name="q"/> with text word <paramref name="t"/>: 0 the same, <see cref="VariantCost"/> a variant, <see cref="ChangeCost"/> another word.</summary>
        internal float Cost(QuoteWord q, QuoteWord t)
        {
            if (q.Key == t.Key)
            {
                return q.IsPerson && q.Spelling != t.Spelling ? VariantCost : 0f;
            }

            if (q.IsPerson || t.IsPerson)
            {
                return ChangeCost;
            }

            if (q.Ocr == t.Ocr)
            {
                return VariantCost;
            }

            // Most pairs of words differ at first sight: checked before any lookup, since an
            // alignment asks for every pair of quotation and text words.
            if (!MayBeClose(q.Key, t.Key))
            {
                return ChangeCost;
            }

            if (_known.TryGetValue((q.Key, t.Key), out var known))
            {
                return known;
            }

            var cost = CloseSpellings(q.Key, t.Key) ? VariantCost : ChangeCost;
            if (_known.Count < 100_000)
            {
                _known[(q.Key, t.Key)] = cost;
            }

            return cost;
        }
    }

    /// <summary>
    /// Two spellings of one word: words of five letters or more one edit apart where the edit is a
    /// letter added or dropped ("asist"/"assist", "forthcomming") or two letters swapped
    /// ("recieve"), of seven or more also one letter changed ("defence"/"defense",
    /// "analyse"/"analyze"), of ten or more two edits apart. A short word with one letter changed
    /// is too often another word ("these"/"those", "sent"/"rent"), as is a middling one with two
    /// ("offensive"/"defensive").
    /// </summary>
    internal static bool CloseSpellings(string a, string b)
    {
        if (!MayBeClose(a, b))
        {
            return false;
        }

        if (a.Length == b.Length && a.Length < 7)
        {
            return Swapped(a, b);
        }

        var allowed = Allowed(a, b);
        return Distance(a, b, allowed) <= allowed;
    }

    /// <summary>The edits two spellings may be apart: by the shorter's length (see <see cref="CloseSpellings"/>).</summary>
    private static int Allowed(string a, string b) => Math.Min(a.Length, b.Length) switch { >= 10 => 2, >= 5 => 1, _ => 0 };

    /// <summary>What <see cref="CloseSpellings"/> asks first, without looking inside the words: long enough, as long, and alike at one end.</summary>
    private static bool MayBeClose(string a, string b)
    {
        var allowed = Allowed(a, b);
        return allowed > 0 && Math.Abs(a.Length - b.Length) <= allowed && (a[0] == b[0] || a[^1] == b[^1]);
    }

    /// <summary>True when <paramref name="b"/> is <paramref name="a"/> with two neighbouring letters swapped.</summary>
    private static bool Swapped(string a, string b)
    {
        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }

    /// <summary>Optimal string alignment distance (Levenshtein with adjacent swaps), stopping once it passes <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d = Math.Min(d, previous2[j - 2] + 1);
                }

                current[j] = d;
                best = Math.Min(best, d);
            }

            if (best > limit)
            {
                return best;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
