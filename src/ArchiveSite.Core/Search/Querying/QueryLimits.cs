using Lucene.Net.Util.Automaton;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// The limits on what one search may cost, in one place. Query text and parameters come from
/// anyone: each form of the syntax whose cost grows with what is typed (rather than with what the
/// archive holds) is bounded here, and every bound has a sentence for the researcher where it is
/// enforced (<see cref="QuerySyntaxCheck"/>, <see cref="ArchiveQueryParser"/>,
/// <see cref="QueryTranslator"/>, <see cref="ArchiveSearcher"/>). A form that would be too costly is
/// refused; a number that is merely too large (an edit distance, a proximity, a boost) is lowered to
/// the limit and the results say so. docs/search-guide.md and docs/security.md list them.
/// </summary>
public static class QueryLimits
{
    /// <summary>
    /// The longest query read, in characters. Every other check is at worst quadratic in the
    /// length, and a researcher's query is a line; a 100 kB query is a paste gone wrong or an attack.
    /// </summary>
    public const int MaxQueryLength = 1000;

    /// <summary>
    /// The deepest nesting of parentheses. Lucene's classic parser and every pass over the query
    /// (rewriting, scoring, our own) recurse once or more per level, and a StackOverflowException
    /// cannot be caught: it ends the process. Researchers nest two or three deep; ten is generous.
    /// </summary>
    public const int MaxNestingDepth = 10;

    /// <summary>
    /// The most terms that expand into many words (wildcards, near spellings, ranges of words) in
    /// one query. Each is looked up in every default field and may become up to
    /// <see cref="Lucene.Net.Search.BooleanQuery.MaxClauseCount"/> words in each, so a query of a
    /// hundred <c>a* b* c*…</c> would be hundreds of thousands of term lookups.
    /// </summary>
    public const int MaxExpandingTerms = 10;

    /// <summary>
    /// The most wildcards (<c>*</c> and <c>?</c>) in one word. Lucene turns a wildcard word into an
    /// automaton and makes it deterministic, which for a <c>?</c> after a <c>*</c> grows
    /// exponentially with each further wildcard: <c>x*a</c> and fourteen <c>?</c> took 84 s, six
    /// take milliseconds. Six still allows <c>t?????*</c>.
    /// </summary>
    public const int MaxWildcardsPerWord = 6;

    /// <summary>
    /// The longest word with a wildcard or a <c>~</c>, in characters. The automaton of such a word
    /// grows with its length (a 900-letter <c>~</c> word took 1.6 s, <c>x*</c> and 300 letters
    /// 0.7 s); no word of the archive's languages comes near fifty letters.
    /// </summary>
    public const int MaxPatternWordLength = 50;

    /// <summary>
    /// The most letters a near spelling (<c>word~N</c>) may differ by. Lucene's Levenshtein automata
    /// go no further, and silently search two for more; the results say so instead.
    /// </summary>
    public const int MaxFuzzyEdits = LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;

    /// <summary>
    /// The widest proximity (<c>"Stalin Mao"~N</c>), in words. Beyond a few hundred words it only
    /// means "both in the record" and costs the phrase scorer more positions to try per record.
    /// </summary>
    public const int MaxPhraseSlop = 100;

    /// <summary>
    /// The largest boost (<c>pilots^N</c>). A huge boost (<c>^1e39</c> is infinity as a float) turns
    /// scores into infinities and NaN, and relevance order into noise; a hundred already puts a
    /// boosted word above any other.
    /// </summary>
    public const float MaxBoost = 100f;

    /// <summary>
    /// How many ranked results a search must collect to show page <paramref name="page"/>. Lucene
    /// keeps page × size results in memory, so <c>?page=50000000</c> would ask for a billion (and
    /// page × size overflows an int past two billion): no search needs more than the archive holds,
    /// so that bounds it, and a page past the end says so.
    /// </summary>
    public static int ResultDepth(int page, int pageSize, int documentCount) =>
        (int)Math.Clamp((long)Math.Max(1, page) * Math.Max(1, pageSize), 1, Math.Max(1, documentCount));
}
