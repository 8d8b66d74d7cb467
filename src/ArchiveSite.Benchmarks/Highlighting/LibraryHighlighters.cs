using ICU4N.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;
using Lucene.Net.Search.VectorHighlight;

namespace ArchiveSite.Benchmarks.Highlighting;

/// <summary>
/// Lucene.Net.ICU's PostingsHighlighter over the body index, configured as the site would use it:
/// no length limit (the default stops at 10,000 characters, and a FRUS record runs longer), a
/// snippet of one passage (ICU sentences, its default), or, for "every match", the whole body as one
/// passage with the passage's matches kept as offsets.
/// </summary>
internal sealed class PostingsMarks : ICUPostingsHighlighter
{
    private readonly bool _whole;

    /// <param name="whole">True: every match of the whole body (the <see cref="WholeBreakIterator"/>), returned as offsets; false: snippets as HTML.</param>
    public PostingsMarks(bool whole)
        : base(int.MaxValue - 1)
    {
        _whole = whole;
    }

    /// <summary>Offsets of every match PostingsHighlighter finds in each document of <paramref name="docs"/>, in their order, and the texts it loaded (not thread-safe).</summary>
    public List<(int Start, int End)>[] AllMatches(Query query, IndexSearcher searcher, int[] docs, out string[] texts)
    {
        var found = HighlightFieldsAsObjects([HighlightSlice.Body], query, searcher, docs, [1])[HighlightSlice.Body];
        // The texts come sorted by document number, as PostingsHighlighter reads them.
        var sorted = docs.Order().ToArray();
        texts = docs.Select(doc => _loaded[0][Array.IndexOf(sorted, doc)]).ToArray();
        return found.Select(passages => passages is Passage[] kept
                ? kept.SelectMany(p => Enumerable.Range(0, p.NumMatches).Select(i => (p.MatchStarts[i], p.MatchEnds[i]))).ToList()
                : [])
            .ToArray();
    }

    private IList<string[]> _loaded = [];

    protected override IList<string[]> LoadFieldValues(IndexSearcher searcher, string[] fields, int[] docids, int maxLength) =>
        _loaded = base.LoadFieldValues(searcher, fields, docids, maxLength);

    /// <summary>One snippet (the best sentence, matches in &lt;b&gt;) for each document of <paramref name="docs"/>.</summary>
    public string[] Snippets(Query query, IndexSearcher searcher, int[] docs) =>
        HighlightFields([HighlightSlice.Body], query, searcher, docs, [1])[HighlightSlice.Body];

    protected override BreakIterator GetBreakIterator(string field) => _whole ? new WholeBreakIterator() : base.GetBreakIterator(field);

    protected override PassageFormatter GetFormatter(string field) => _whole ? new KeepPassages() : base.GetFormatter(field);

    /// <summary>Hands the passages back as they are, so their match offsets can be read.</summary>
    private sealed class KeepPassages : PassageFormatter
    {
        public override object Format(Passage[] passages, string content) => passages.Where(p => p.NumMatches > 0).ToArray();
    }
}

/// <summary>
/// Lucene.Net.Highlighter's FastVectorHighlighter over the body index's term vectors (positions and
/// offsets), phrases highlighted as phrases, only the body field's terms (field match).
/// </summary>
internal static class VectorMarks
{
    public static FastVectorHighlighter Highlighter { get; } = new(phraseHighlight: true, fieldMatch: true);

    /// <summary>Offsets of every match FastVectorHighlighter finds in document <paramref name="doc"/>: each term of each matched phrase.</summary>
    public static List<(int Start, int End)> AllMatches(FieldQuery query, IndexReader reader, int doc) =>
        new FieldPhraseList(new FieldTermStack(reader, doc, HighlightSlice.Body, query), query, int.MaxValue).PhraseList
            .SelectMany(phrase => phrase.TermsOffsets.Select(t => (t.StartOffset, t.EndOffset)))
            .ToList();

    /// <summary>Its best fragment of about <paramref name="length"/> characters, matches in &lt;b&gt;.</summary>
    public static string? Snippet(FieldQuery query, IndexReader reader, int doc, int length) =>
        Highlighter.GetBestFragment(query, reader, doc, HighlightSlice.Body, length);
}

/// <summary>
/// Lucene.Net.Highlighter's original Highlighter: analyses the text again, as ours does for titles,
/// summaries and the detail page's HTML, and scores each token against the query: with a
/// <see cref="QueryScorer"/>, phrases count only where their words stand together (span queries
/// over an in-memory index of the text). The whole text is one fragment; every token group that
/// scored is a match.
/// </summary>
internal static class ClassicMarks
{
    /// <summary>Offsets of every token group the query scores in <paramref name="text"/>, analysed as the body.</summary>
    public static List<(int Start, int End)> AllMatches(Lucene.Net.Analysis.Analyzer analyzer, Query query, string text)
    {
        var marks = new KeepMatches();
        var highlighter = new Lucene.Net.Search.Highlight.Highlighter(marks, new Lucene.Net.Search.Highlight.QueryScorer(query, HighlightSlice.Body))
        {
            TextFragmenter = new Lucene.Net.Search.Highlight.NullFragmenter(),
            MaxDocCharsToAnalyze = int.MaxValue,
        };
        highlighter.GetBestFragment(analyzer, HighlightSlice.Body, text);
        return marks.Matches;
    }

    private sealed class KeepMatches : Lucene.Net.Search.Highlight.IFormatter
    {
        public List<(int Start, int End)> Matches { get; } = [];

        public string HighlightTerm(string originalText, Lucene.Net.Search.Highlight.TokenGroup tokenGroup)
        {
            if (tokenGroup.TotalScore > 0)
            {
                Matches.Add((tokenGroup.StartOffset, tokenGroup.EndOffset));
            }

            return originalText;
        }
    }
}
