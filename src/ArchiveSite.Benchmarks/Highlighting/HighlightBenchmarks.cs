using ArchiveSite.Core.Search.Highlighting;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Search;
using Lucene.Net.Search.VectorHighlight;

namespace ArchiveSite.Benchmarks.Highlighting;

/// <summary>
/// What marking a query's matches costs with our highlighter and with Lucene's two, over the same
/// body index (<see cref="HighlightSlice"/>) and the same 20 hits (a result page), each handed the
/// terms ours marks (the configuration in which each marks what ours marks but names in other
/// spellings: docs/highlighting.md). Snippets: one per hit, as a result list shows them. All
/// matches: every match of each hit's whole body, as the detail page marks them. Each case reads
/// the bodies from stored fields, as the site does.
/// <code>ARCHIVESITE_BENCH_HIGHLIGHT_RECORDS=5000 dotnet run -c Release --project src/ArchiveSite.Benchmarks -- --filter '*HighlightBenchmarks*' --inProcess --job short</code>
/// </summary>
[MemoryDiagnoser]
public class HighlightBenchmarks
{
    private const int PageSize = 20;

    private HighlightSlice _slice = null!;
    private TextMatcher _matcher = null!;
    private TextMatcher _termsOnly = null!;
    private Query _terms = null!;
    private int[] _docs = null!;
    private readonly PostingsMarks _postingsSnippets = new(whole: false);
    private readonly PostingsMarks _postingsAll = new(whole: true);

    /// <summary>The query case (<see cref="HighlightQueries.Measured"/>).</summary>
    [ParamsSource(nameof(Queries))]
    public string Query { get; set; } = "";

    public static IEnumerable<string> Queries() => HighlightQueries.Measured;

    /// <summary>The slice's size: <see cref="HighlightSlice.Records"/> unless the comparison command sets it.</summary>
    internal int Records { get; init; } = HighlightSlice.Records;

    [GlobalSetup]
    public void Setup()
    {
        _slice = HighlightSlice.Get(Records);
        var text = HighlightQueries.Text(Query);
        _matcher = _slice.Matcher(text);
        _termsOnly = new TextMatcher(_slice.Index.Analyzer, _slice.Index.Names, _matcher.Terms, []);
        _terms = HighlightCompareCommand.TermsQuery(_matcher.Terms);
        _docs = _slice.TopBodyDocs(text, PageSize);
    }

    /// <summary>Ours: the postings' offsets (<see cref="TextMatcher.FindBodyMatches"/>), the window with the most distinct matched words.</summary>
    [Benchmark(Baseline = true)]
    public int OursSnippets() => Ours(_matcher, wholeBody: false);

    /// <summary>
    /// Ours without the names authority's pass over the text (a person named in the query marked in
    /// every spelling), which neither library does: the same job as theirs. The same as
    /// <see cref="OursSnippets"/> for a query that names nobody.
    /// </summary>
    [Benchmark]
    public int OursSnippetsWithoutNames() => Ours(_termsOnly, wholeBody: false);

    /// <summary>PostingsHighlighter: the postings' offsets, the best ICU sentence, as HTML.</summary>
    [Benchmark]
    public int PostingsSnippets() => _postingsSnippets.Snippets(_terms, _slice.Bodies, _docs).Sum(s => s?.Length ?? 0);

    /// <summary>FastVectorHighlighter: the term vector's positions and offsets, the best fragment of the same length, as HTML.</summary>
    [Benchmark]
    public int VectorSnippets()
    {
        var reader = _slice.Bodies.IndexReader;
        var query = VectorMarks.Highlighter.GetFieldQuery(_terms, reader);
        return _docs.Sum(doc => VectorMarks.Snippet(query, reader, doc, Highlighter.SnippetLength)?.Length ?? 0);
    }

    /// <summary>Ours, every match of each whole body, as segments.</summary>
    [Benchmark]
    public int OursAllMatches() => Ours(_matcher, wholeBody: true);

    /// <summary>Ours over the page's bodies: each body's snippet, or every match of it as segments.</summary>
    private int Ours(TextMatcher matcher, bool wholeBody)
    {
        var reader = _slice.Bodies.IndexReader;
        var count = 0;
        foreach (var doc in _docs)
        {
            var body = _slice.BodyOf(doc);
            var matches = matcher.FindBodyMatches(reader, doc, body);
            count += wholeBody ? Highlighter.Mark(body, matches).Count : Highlighter.Snippet(body, matches).Count;
        }

        return count;
    }

    /// <summary>PostingsHighlighter with the whole body as one passage, its matches as segments.</summary>
    [Benchmark]
    public int PostingsAllMatches()
    {
        var found = _postingsAll.AllMatches(_terms, _slice.Bodies, _docs, out var bodies);
        var count = 0;
        for (var i = 0; i < _docs.Length; i++)
        {
            count += Highlighter.Mark(bodies[i], found[i]).Count;
        }

        return count;
    }

    /// <summary>FastVectorHighlighter's phrase list of each whole body, its matches as segments.</summary>
    [Benchmark]
    public int VectorAllMatches()
    {
        var reader = _slice.Bodies.IndexReader;
        var query = VectorMarks.Highlighter.GetFieldQuery(_terms, reader);
        return _docs.Sum(doc => Highlighter.Mark(_slice.BodyOf(doc), VectorMarks.AllMatches(query, reader, doc)).Count);
    }

    /// <summary>Ours analysing each whole body again (<see cref="TextMatcher.FindMatches"/>), as the detail page does its HTML's text.</summary>
    [Benchmark]
    public int OursAnalysedAllMatches() => _docs.Sum(doc =>
    {
        var body = _slice.BodyOf(doc);
        return Highlighter.Mark(body, _matcher.FindMatches(body)).Count;
    });

    /// <summary>The original Highlighter analysing each whole body again, its scored tokens as segments.</summary>
    [Benchmark]
    public int ClassicAllMatches() => _docs.Sum(doc =>
    {
        var body = _slice.BodyOf(doc);
        return Highlighter.Mark(body, ClassicMarks.AllMatches(_slice.Index.Analyzer, _terms, body)).Count;
    });
}
