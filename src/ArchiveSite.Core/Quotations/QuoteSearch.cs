using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Quotations;

/// <summary>
/// One quotation checked against texts: its words read once, word comparisons remembered across
/// texts, and the alignment work of the whole check bounded by <see cref="CellBudget"/>. Not
/// thread-safe; one per check.
/// </summary>
public sealed class QuoteSearch
{
    /// <summary>Places of one text aligned word by word: those sharing most of the quotation's words.</summary>
    public const int PlacesPerText = 3;

    /// <summary>
    /// Quotation words × text words the alignments of one check may cover in all: 300 words against
    /// 30 texts' three best paragraphs of 400 words each is 10.8 million; a few milliseconds each million.
    /// </summary>
    public const long CellBudget = 12_000_000;

    /// <summary>
    /// The share of the quotation's distinct words a place must have to be aligned at all: a place
    /// with fewer can hardly have half the quotation's words in order, the least a match shown has.
    /// </summary>
    public const double MinimumShare = 0.4;

    /// <summary>Of a text's places, those aligned share at least this part of what the place sharing most shares: the others cannot do better.</summary>
    public const double ShareOfBest = 0.75;

    private readonly NameAuthority _names;
    private readonly QuoteAlignment.WordComparer _comparer = new();
    private readonly HashSet<string> _keys;
    private readonly HashSet<string> _ocr;
    private readonly bool _namesSomeone;
    private long _cells;

    /// <summary>A check of <paramref name="quotation"/>, names read with <paramref name="names"/>.</summary>
    public QuoteSearch(string quotation, NameAuthority names)
    {
        _names = names;
        Quotation = Unquoted(Whitespace(quotation.Trim()));
        Words = QuoteWords.OfQuotation(Quotation, names);
        _keys = Words.Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        _ocr = Words.Select(w => w.Ocr).ToHashSet(StringComparer.Ordinal);
        _namesSomeone = Words.Any(w => w.IsPerson);
    }

    /// <summary>The quotation as checked: trimmed, runs of white space made one space.</summary>
    public string Quotation { get; }

    /// <summary>The quotation's words.</summary>
    public IReadOnlyList<QuoteWord> Words { get; }

    /// <summary>True once the check has used its whole <see cref="CellBudget"/>: texts after that were not aligned.</summary>
    public bool OverBudget { get; private set; }

    /// <summary>
    /// The place of a rendered body <paramref name="bodyHtml"/> (paragraphs and notes, as its ¶
    /// anchors number them) where the quotation matches best, or null when none shares enough of
    /// its words or the budget is spent. A quotation is matched within one place.
    /// </summary>
    public QuotePlace? Best(string bodyHtml)
    {
        var places = Passages.Places(bodyHtml)
            .Select(place => (place, words: QuoteWords.Of(place.Text, _names, _namesSomeone)))
            .Select(p => (p.place, p.words, shared: Shared(p.words)))
            .Where(p => p.shared >= Math.Max(1, MinimumShare * _keys.Count))
            .OrderByDescending(p => p.shared)
            .ToList();
        var candidates = places.Where(p => p.shared >= ShareOfBest * places[0].shared).Take(PlacesPerText);
        QuotePlace? best = null;
        foreach (var (place, words, _) in candidates)
        {
            _cells += (long)Words.Count * words.Count;
            if (_cells > CellBudget)
            {
                OverBudget = true;
                break;
            }

            if (QuoteAlignment.Find(Words, words, _comparer) is { } alignment && (best is null || alignment.Score > best.Alignment.Score))
            {
                best = Describe(place.Fragment, place.Label, place.Text, alignment);
            }
        }

        return best;
    }

    /// <summary>How many of the quotation's distinct words (as written or read past OCR slips) the words have.</summary>
    private int Shared(IReadOnlyList<QuoteWord> words)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (_keys.Contains(word.Key) || _ocr.Contains(word.Ocr))
            {
                found.Add(word.Ocr);
            }
        }

        return found.Count;
    }

    private QuotePlace Describe(string fragment, string label, string text, QuoteAlignment alignment)
    {
        // The stretch as whole words between spaces, with the punctuation that clings to its ends,
        // as a quotation copies it: "agreement." rather than "agreement".
        var (start, end) = (Highlighter.WordStart(text, alignment.Start), Highlighter.WordEnd(text, alignment.End));
        var source = Whitespace(text[start..end]);
        return new QuotePlace(
            fragment,
            label,
            Whitespace(text[..start]).Trim(),
            WordDiff.Compute(Quotation, source),
            Whitespace(text[end..]).Trim(),
            source,
            alignment);
    }

    /// <summary>The quotation without the quotation marks around it, when it is wholly inside a pair: they are the quoting writer's, not the source's.</summary>
    internal static string Unquoted(string text)
    {
        const string Opening = "\"“„«‘'";
        const string Closing = "\"”“»’'";
        return text.Length >= 2 && Opening.Contains(text[0]) && Closing.Contains(text[^1])
            && text.AsSpan(1, text.Length - 2).IndexOfAny(Opening + Closing) < 0
            ? text[1..^1].Trim()
            : text;
    }

    private static string Whitespace(string text) => Highlighter.CollapseWhitespace(text);
}
