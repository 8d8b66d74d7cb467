using System.Text.RegularExpressions;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// Ranks first the records where a query's words stand close together and in order: a researcher
/// who types a remembered run of words means the record that has them as a run, not one where
/// they are scattered over pages. For a query of plain words (no operators, fields, phrases or
/// patterns: those say what they mean already), optional clauses are added beside the required
/// ones: the whole query as a sloppy phrase, and each neighbouring pair of words as a tight one,
/// over the text fields. They never change which records match (every required clause still
/// must), only the order; sorting by date ignores them.
/// </summary>
internal static partial class ProximityBonus
{
    /// <summary>A query of plain words: letters and digits, with inner apostrophes, dots and hyphens; no syntax at all.</summary>
    [GeneratedRegex(@"^[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainWord();

    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal) { "AND", "OR", "NOT", "TO" };

    /// <summary>
    /// The most words whose neighbouring pairs each get a clause of their own. A remembered passage is
    /// a line or two (the harness's runs are eight words); a longer query (a pasted paragraph) keeps
    /// the whole-query phrase, one clause a field, but not a clause for each of its pairs, which would
    /// make a query of hundreds of phrase clauses for no better order.
    /// </summary>
    public const int MaxPairedWords = 16;

    /// <summary>
    /// The words of <paramref name="text"/> when it is plain words only (at least two), else null:
    /// anything with syntax in it is left as the researcher wrote it.
    /// </summary>
    public static string[]? PlainWords(string text)
    {
        var words = text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words.All(w => PlainWord().IsMatch(w) && !Operators.Contains(w)) ? words : null;
    }

    /// <summary>
    /// <paramref name="required"/> with the proximity bonus of <paramref name="words"/> beside it,
    /// weighed as <paramref name="ranking"/> says, the phrases built by <paramref name="builder"/>
    /// (the query's own analysis, so stop words leave their gaps and stems match as the words do).
    /// </summary>
    public static Query Add(Query required, IReadOnlyList<string> words, QueryBuilder builder, Ranking ranking)
    {
        var bonus = new BooleanQuery(disableCoord: true);
        var text = string.Join(' ', words);
        foreach (var (field, weight) in ranking.ProximityFields.Where(f => f.Value > 0))
        {
            AddPhrase(bonus, builder.CreatePhraseQuery(field, text, ranking.WholeSlop), ranking.WholeBoost * weight);
            for (var i = 0; ranking.PairBoost > 0 && words.Count <= MaxPairedWords && i + 1 < words.Count; i++)
            {
                AddPhrase(bonus, builder.CreatePhraseQuery(field, words[i] + " " + words[i + 1], ranking.PairSlop), ranking.PairBoost * weight);
            }
        }

        if (bonus.Clauses.Count == 0)
        {
            return required;
        }

        return new BooleanQuery(disableCoord: true) { { required, Occur.MUST }, { bonus, Occur.SHOULD } };
    }

    /// <summary>Adds a phrase of two or more positions; a single word (the rest stop words) is no proximity.</summary>
    private static void AddPhrase(BooleanQuery bonus, Query? phrase, float boost)
    {
        if (phrase is PhraseQuery or MultiPhraseQuery)
        {
            phrase.Boost = boost;
            bonus.Add(phrase, Occur.SHOULD);
        }
    }
}
