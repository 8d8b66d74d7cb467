using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// Lucene's classic multi-field parser, taught two fields of our own: <c>date:</c>, the record's
/// date, and <c>mentioned:</c>, the dates its text mentions. A date in any form the archive reads
/// (<c>date:1950-11</c>, <c>mentioned:"November 20, 1950"</c>) or a range
/// (<c>date:[1950-11-01 TO 1950-11-19]</c>, <c>*</c> for an open end) becomes the same overlap
/// query as the from/to fields, over that field's index fields. It also holds each costly form to
/// <see cref="QueryLimits"/>: regular expressions are refused, wildcard and near-spelling words are
/// bounded in length and number, and a proximity or edit distance over the limit is lowered with a notice.
/// </summary>
internal sealed class ArchiveQueryParser(string[] fields, Analyzer analyzer, IDictionary<string, float> boosts)
    : MultiFieldQueryParser(ArchiveAnalyzer.Version, fields, analyzer, boosts)
{
    /// <summary>The field name researchers write for the record's own date.</summary>
    public const string DateField = "date";

    /// <summary>The field name researchers write for a date the record's text mentions.</summary>
    public const string MentionedField = "mentioned";

    // Each date field and the index fields its overlap query runs over (see DateFilter.ToQuery).
    private static readonly Dictionary<string, (string Start, string End)> DateFields = new(StringComparer.Ordinal)
    {
        [DateField] = (IndexSchema.DateStart, IndexSchema.DateEnd),
        [MentionedField] = (IndexSchema.MentionedDay, IndexSchema.MentionedDay),
    };

    // Distinct expanding terms seen (kind and text): the multi-field parser builds each once per default field.
    private readonly HashSet<string> _expanding = new(StringComparer.Ordinal);

    /// <summary>How parts of the query were read differently from how they were written (a limit applied).</summary>
    public List<string> Notices { get; } = [];

    /// <summary>
    /// The analysis of loose words: the index's without stop words (<see cref="ArchiveAnalyzer.CreateForWords"/>),
    /// while phrases (and the proximity bonus) keep the index's own, stop words holding their places.
    /// </summary>
    private static readonly Analyzer LooseWords = ArchiveAnalyzer.CreateForWords();

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (!IsDateField(field, out var indexFields))
        {
            return quoted ? base.GetFieldQuery(field, queryText, quoted) : LooseWordsQuery(field, queryText);
        }

        var date = ReadDate(field, queryText);
        return DateFilter.ToQuery(date.Start, date.End, indexFields.Start, indexFields.End)!;
    }

    // A quoted value (date:"November 20, 1950") arrives through the phrase overload, as does a proximity ("a b"~5).
    protected override Query GetFieldQuery(string field, string queryText, int slop)
    {
        if (IsDateField(field, out _))
        {
            return GetFieldQuery(field, queryText, quoted: true);
        }

        if (slop > QueryLimits.MaxPhraseSlop)
        {
            Notice($"\"{queryText}\"~{slop} was searched as \"{queryText}\"~{QueryLimits.MaxPhraseSlop}: words at most {QueryLimits.MaxPhraseSlop} words apart.");
            slop = QueryLimits.MaxPhraseSlop;
        }

        return base.GetFieldQuery(field, queryText, slop);
    }

    /// <summary>
    /// A loose word read without its stop words; a word the tokenizer splits ("396.1/12–2259",
    /// "state-of-the-art") is one thing typed, so it is read as the phrase of its parts, stop words
    /// and all, as a file number or a compound means them in that order.
    /// </summary>
    private Query LooseWordsQuery(string field, string queryText)
    {
        if (Positions(field, queryText) > 1)
        {
            return base.GetFieldQuery(field, queryText, quoted: true);
        }

        var phrases = Analyzer;
        Analyzer = LooseWords;
        try
        {
            return base.GetFieldQuery(field, queryText, quoted: false);
        }
        finally
        {
            Analyzer = phrases;
        }
    }

    /// <summary>How many positions the index's analysis gives <paramref name="text"/> in <paramref name="field"/>.</summary>
    private int Positions(string field, string text)
    {
        // No field: the default ones, all English text.
        using var stream = Analyzer.GetTokenStream(field ?? IndexSchema.Body, text);
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var positions = 0;
        while (stream.IncrementToken())
        {
            positions += increment.PositionIncrement;
        }

        stream.End();
        return positions;
    }

    protected override Query NewRegexpQuery(Term regexp) => throw new QueryReadException(QuerySyntaxCheck.RegularExpressionRefused);

    protected override Query NewWildcardQuery(Term t)
    {
        var wildcards = t.Text.Count(c => c is '*' or '?');
        if (wildcards > QueryLimits.MaxWildcardsPerWord)
        {
            throw new QueryReadException($"'{t.Text}' has {wildcards} wildcards; a word may have at most {QueryLimits.MaxWildcardsPerWord} (each more makes the archive compare far more). Keep the letters you are sure of, e.g. Shtyk?v or pilot*.");
        }

        return base.NewWildcardQuery(Expanding("wildcard", t));
    }

    protected override Query NewPrefixQuery(Term prefix) => base.NewPrefixQuery(Expanding("wildcard", prefix));

    protected override Query NewFuzzyQuery(Term term, float minimumSimilarity, int prefixLength)
    {
        if (minimumSimilarity > QueryLimits.MaxFuzzyEdits)
        {
            Notice($"{term.Text}~{minimumSimilarity:0} was searched as {term.Text}~{QueryLimits.MaxFuzzyEdits}: a near spelling differs by at most {QueryLimits.MaxFuzzyEdits} letters.");
        }

        return base.NewFuzzyQuery(Expanding("near spelling", term), minimumSimilarity, prefixLength);
    }

    protected override Query NewRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        Expanding("range", $"[{part1} TO {part2}]", checkLength: false);
        return base.NewRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (!IsDateField(field, out var indexFields))
        {
            return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        DateOnly? start = part1 is "*" or null ? null : ReadDate(field, part1).Start;
        DateOnly? end = part2 is "*" or null ? null : ReadDate(field, part2).End;
        if (start > end)
        {
            throw new QueryReadException($"The date range {part1} TO {part2} ends before it starts. Write the earlier date first, e.g. {field}:[1950-11-01 TO 1950-11-19].");
        }

        return DateFilter.ToQuery(start, end, indexFields.Start, indexFields.End) ?? new MatchAllDocsQuery();
    }

    private Term Expanding(string kind, Term term)
    {
        Expanding(kind, term.Text, checkLength: true);
        return term;
    }

    /// <summary>Counts a term that expands into many words, refusing the one past the limit and words too long to expand cheaply.</summary>
    private void Expanding(string kind, string text, bool checkLength)
    {
        if (checkLength && text.Length > QueryLimits.MaxPatternWordLength)
        {
            throw new QueryReadException($"A word with a wildcard or ~ may have at most {QueryLimits.MaxPatternWordLength} characters; '{text[..20]}…' has {text.Length:N0}. Shorten it to the part you are sure of, e.g. pilot*.");
        }

        if (_expanding.Add(kind + ":" + text) && _expanding.Count > QueryLimits.MaxExpandingTerms)
        {
            throw new QueryReadException($"The query has more than {QueryLimits.MaxExpandingTerms} wildcards, near spellings (~) and ranges; each is compared with every word of the archive. Search with at most {QueryLimits.MaxExpandingTerms}, and plain words for the rest.");
        }
    }

    private void Notice(string notice)
    {
        if (!Notices.Contains(notice))
        {
            Notices.Add(notice);
        }
    }

    // The field is null for words without a prefix, which the base class spreads over the default fields.
    private static bool IsDateField(string? field, out (string Start, string End) indexFields)
    {
        indexFields = default;
        return field is not null && IndexSchema.DatePrefixes.TryGetValue(field, out indexFields);
    }

    private static ArchiveDate ReadDate(string field, string text) =>
        ArchiveDateParser.TryParse(text, out var date)
            ? date
            : throw new QueryReadException($"'{field}:{text}' is not a date the archive can read. Write it as {DateFilter.AcceptedForms.Replace("November 20, 1950", "\"November 20, 1950\"", StringComparison.Ordinal)}, or a range {field}:[1950-11-01 TO 1950-11-19].");
}

/// <summary>A part of a query that parses but means nothing the archive can search; its message is for the researcher.</summary>
internal sealed class QueryReadException(string message) : Exception(message);
