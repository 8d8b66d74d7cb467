using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Quotations;

/// <summary>
/// A text as the words a quotation check compares: letters and digits, whatever the punctuation
/// between them, folded so that case, accents and the apostrophe's form never make two words
/// differ; a person's name (in any spelling or script the names authority knows) is one word, its
/// person; and in a quotation an ellipsis (<c>...</c>, <c>…</c>, <c>[...]</c>, <c>. . .</c>) marks
/// where the quoting writer left words out.
/// </summary>
public static partial class QuoteWords
{
    /// <summary>Starts the key of a person's name: no word the tokenizer makes contains it.</summary>
    public const char PersonMark = '\u0001';

    // A word: letters and digits, with an apostrophe inside ("Government's", "don't").
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // Three dots with or without spaces between, the ellipsis character, either in square brackets.
    [GeneratedRegex(@"\[\s*(?:…|(?:\.\s*){3,})\s*\]|…|\.(?:\s*\.){2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Ellipsis();

    /// <summary>
    /// The words of a source's text <paramref name="text"/>; with <paramref name="findNames"/> false,
    /// a name is its words (for a quotation that names no one, whose words no name can match).
    /// </summary>
    public static IReadOnlyList<QuoteWord> Of(string text, NameAuthority names, bool findNames = true) => Read(text, findNames ? names : null, gaps: false);

    /// <summary>The words of a quotation, each followed by an ellipsis marked <see cref="QuoteWord.GapAfter"/>.</summary>
    public static IReadOnlyList<QuoteWord> OfQuotation(string text, NameAuthority names) => Read(text, names, gaps: true);

    private static List<QuoteWord> Read(string text, NameAuthority? names, bool gaps)
    {
        var words = new List<QuoteWord>();
        var people = names?.FindMentions(text).ToList() ?? [];
        var ellipses = gaps ? Ellipsis().Matches(text).Select(m => m.Index).ToList() : [];
        var nextPerson = 0;
        var nextEllipsis = 0;

        void MarkGapsBefore(int position)
        {
            while (nextEllipsis < ellipses.Count && ellipses[nextEllipsis] < position)
            {
                if (words.Count > 0)
                {
                    words[^1] = words[^1] with { GapAfter = true };
                }

                nextEllipsis++;
            }
        }

        foreach (Match match in Word().Matches(text))
        {
            while (nextPerson < people.Count && people[nextPerson].Start + people[nextPerson].Length <= match.Index)
            {
                nextPerson++;
            }

            MarkGapsBefore(match.Index);
            if (nextPerson < people.Count && people[nextPerson].Start <= match.Index)
            {
                // A word inside a name: the name is one word, added at its first word.
                var person = people[nextPerson];
                if (words.Count == 0 || words[^1].Start != person.Start)
                {
                    var key = PersonMark + person.Person.Id;
                    words.Add(new QuoteWord(key, key, Fold(person.Text), person.Start, person.Start + person.Length));
                }

                continue;
            }

            var folded = Fold(match.Value);
            words.Add(new QuoteWord(folded, Ocr(folded), match.Value.ToLowerInvariant(), match.Index, match.Index + match.Length));
        }

        MarkGapsBefore(text.Length);
        if (words.Count > 0 && words[^1].GapAfter)
        {
            // An ellipsis that ends the quotation leaves nothing out between its words.
            words[^1] = words[^1] with { GapAfter = false };
        }

        return words;
    }

    /// <summary>Lower case, diacritics off (é as e), every apostrophe one, white space between a name's words one space.</summary>
    internal static string Fold(string word)
    {
        if (Ascii.IsValid(word) && !word.Contains(' ') && !word.Contains('-') && !word.Contains('\t') && !word.Contains('\n'))
        {
            // Most words of English records: nothing to decompose or join.
            return word.ToLowerInvariant();
        }

        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '-')
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c is '’' or 'ʼ' ? '\'' : c);
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The folded word with I, l and 1 as <c>l</c> and 0 as <c>o</c>: what a typewriter's or an
    /// OCR engine's confusions come to (the names authority reads names the same way: "Kim II Sung").
    /// </summary>
    internal static string Ocr(string folded)
    {
        var chars = folded.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                'i' or '1' or '|' => 'l',
                '0' => 'o',
                var c => c,
            };
        }

        return new string(chars);
    }
}
