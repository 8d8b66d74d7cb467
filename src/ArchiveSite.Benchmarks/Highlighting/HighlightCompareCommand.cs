using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace ArchiveSite.Benchmarks.Highlighting;

/// <summary>
/// <c>-- highlight-compare [--records N] [--hits K]</c>: which words each highlighter marks in the
/// bodies of each query's best K hits (every match of the whole body, not just a snippet's), set
/// against ours word by word; how often each one's snippet shows a match; and what term vectors with
/// positions and offsets would add to the index. Prints Markdown tables (docs/highlighting.md).
/// </summary>
internal static partial class HighlightCompareCommand
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static int Run(string[] args)
    {
        var records = Option(args, "--records") ?? HighlightSlice.Records;
        var hits = Option(args, "--hits") ?? 50;
        var slice = HighlightSlice.Get(records);
        var reader = slice.Bodies.IndexReader;
        var postings = new PostingsMarks(whole: true);
        var snippets = new PostingsMarks(whole: false);

        var table = new StringBuilder();
        table.AppendLine("| query | highlighter | records | words ours marks | words it marks | missed (ours marks, it does not) | extra (it marks, ours does not) | e.g. missed | e.g. extra |");
        table.AppendLine("|---|---|---:|---:|---:|---:|---:|---|---|");
        var snippetTable = new StringBuilder();
        snippetTable.AppendLine("| query | records | ours: snippet shows a match | PostingsHighlighter | FastVectorHighlighter | ours: mean length | PostingsHighlighter | FastVectorHighlighter |");
        snippetTable.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, text) in HighlightQueries.All)
        {
            var matcher = slice.Matcher(text);
            var query = slice.Translate(text);
            var terms = TermsQuery(matcher.Terms);
            var docs = slice.TopBodyDocs(text, hits);
            if (docs.Length == 0)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"| `{text}` | (no record of the slice matches) | 0 | | | | | | |");
                continue;
            }

            var bodies = docs.Select(slice.BodyOf).ToArray();
            var ours = docs.Select((doc, i) => Words(bodies[i], matcher.FindBodyMatches(reader, doc, bodies[i]))).ToArray();

            var candidates = new (string Name, Func<int, List<(int Start, int End)>> Marks)[]
            {
                ("PostingsHighlighter, our terms", Batch(postings.AllMatches(terms, slice.Bodies, docs, out _))),
                ("PostingsHighlighter, the query", Batch(postings.AllMatches(query, slice.Bodies, docs, out _))),
                ("FastVectorHighlighter, the query", FieldMatches(VectorMarks.Highlighter.GetFieldQuery(query, reader), reader, docs)),
                ("FastVectorHighlighter, our terms", FieldMatches(VectorMarks.Highlighter.GetFieldQuery(terms, reader), reader, docs)),
                ("Highlighter (QueryScorer), the query", i => ClassicMarks.AllMatches(slice.Index.Analyzer, query, bodies[i])),
                ("Highlighter (QueryScorer), our terms", i => ClassicMarks.AllMatches(slice.Index.Analyzer, terms, bodies[i])),
            };

            foreach (var (highlighter, marks) in candidates)
            {
                int ourCount = 0, itsCount = 0, missedCount = 0, extraCount = 0;
                var missedExamples = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
                var extraExamples = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < docs.Length; i++)
                {
                    var its = Words(bodies[i], marks(i));
                    ourCount += ours[i].Count;
                    itsCount += its.Count;
                    var missed = ours[i].Keys.Except(its.Keys).ToArray();
                    var extra = its.Keys.Except(ours[i].Keys).ToArray();
                    missedCount += missed.Length;
                    extraCount += extra.Length;
                    missedExamples.UnionWith(missed.Select(at => ours[i][at]));
                    extraExamples.UnionWith(extra.Select(at => its[at]));
                }

                table.AppendLine(CultureInfo.InvariantCulture, $"| `{text.Replace("|", "\\|", StringComparison.Ordinal)}` | {highlighter} | {docs.Length} | {ourCount:N0} | {itsCount:N0} | {missedCount:N0} | {extraCount:N0} | {Examples(missedExamples)} | {Examples(extraExamples)} |");
            }

            var ourSnippets = docs.Select((doc, i) => Highlighter.Snippet(bodies[i], matcher.FindBodyMatches(reader, doc, bodies[i]))).ToArray();
            var postingsSnippets = snippets.Snippets(terms, slice.Bodies, docs);
            var fieldQuery = VectorMarks.Highlighter.GetFieldQuery(query, reader);
            var vectorSnippets = docs.Select(doc => VectorMarks.Snippet(fieldQuery, reader, doc, Highlighter.SnippetLength)).ToArray();
            snippetTable.AppendLine(CultureInfo.InvariantCulture,
                $"| `{text}` | {docs.Length} | {ourSnippets.Count(s => s.Any(x => x.IsMatch))} | {postingsSnippets.Count(s => s?.Contains("<b>", StringComparison.Ordinal) == true)} | {vectorSnippets.Count(s => s?.Contains("<b>", StringComparison.Ordinal) == true)} | " +
                $"{ourSnippets.Average(s => s.Sum(x => x.Text.Length)):F0} | {postingsSnippets.Average(s => Plain(s).Length):F0} | {vectorSnippets.Average(s => Plain(s).Length):F0} |");
        }

        Console.WriteLine($"## Every match of the whole body, word by word ({records:N0} records, best {hits} hits a query)");
        Console.WriteLine();
        Console.Write(table);
        Console.WriteLine();
        Console.WriteLine("## Snippets: a match shown, and length in characters");
        Console.WriteLine();
        Console.Write(snippetTable);
        Console.WriteLine();
        Console.WriteLine("## The queries as the site reads them (rewritten against the index), and the terms ours marks");
        Console.WriteLine();
        foreach (var (_, text) in HighlightQueries.All)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"- `{text}`: {string.Join(" ", slice.Matcher(text).Terms.Order(StringComparer.Ordinal))}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  `{Shorten(slice.Translate(text).ToString())}`"));
        }

        Console.WriteLine();
        if (Option(args, "--rounds") is { } rounds)
        {
            Console.Write(Interleaved(records, rounds));
        }

        if (!args.Contains("--no-sizes"))
        {
            Console.Write(VectorSizes(slice));
        }
        return 0;
    }

    /// <summary>
    /// The cost benchmark's cases (<see cref="HighlightBenchmarks"/>) run in turn, one call of each
    /// per round, so that load from other processes on a shared machine falls on all of them alike;
    /// the median of the rounds, per case.
    /// </summary>
    private static string Interleaved(int records, int rounds)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"## Interleaved timing ({records:N0} records): median of {rounds} rounds, one call of each case a round, 20 hits a call (µs)");
        text.AppendLine();
        var methods = typeof(HighlightBenchmarks).GetMethods()
            .Where(m => m.GetCustomAttributes(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false).Length > 0)
            .ToArray();
        text.AppendLine("| query | " + string.Join(" | ", methods.Select(m => m.Name)) + " |");
        text.AppendLine("|---|" + string.Concat(methods.Select(_ => "---:|")));
        foreach (var query in HighlightQueries.Measured)
        {
            var bench = new HighlightBenchmarks { Query = query, Records = records };
            bench.Setup();
            var calls = methods.Select(m => m.CreateDelegate<Func<int>>(bench)).ToArray();
            var times = methods.Select(_ => new List<double>()).ToArray();
            for (var round = -3; round < rounds; round++)
            {
                for (var m = 0; m < methods.Length; m++)
                {
                    var clock = System.Diagnostics.Stopwatch.StartNew();
                    calls[m]();
                    if (round >= 0)
                    {
                        times[m].Add(clock.Elapsed.TotalMicroseconds);
                    }
                }
            }

            text.AppendLine($"| {query} | " + string.Join(" | ", times.Select(t => t.Order().ElementAt(t.Count / 2).ToString("N0", CultureInfo.InvariantCulture))) + " |");
        }

        text.AppendLine();
        return text.ToString();
    }

    /// <summary>Each word (a run of letters or digits) inside a marked span, by its offset.</summary>
    private static Dictionary<int, string> Words(string body, IEnumerable<(int Start, int End)> marks)
    {
        var words = new Dictionary<int, string>();
        foreach (var (start, end) in Highlighter.Merge(marks))
        {
            foreach (Match word in Word().Matches(body[start..Math.Min(end, body.Length)]))
            {
                words[start + word.Index] = word.Value;
            }
        }

        return words;
    }

    private static Func<int, List<(int Start, int End)>> Batch(List<(int Start, int End)>[] found) => i => found[i];

    private static Func<int, List<(int Start, int End)>> FieldMatches(Lucene.Net.Search.VectorHighlight.FieldQuery query, IndexReader reader, int[] docs) =>
        i => VectorMarks.AllMatches(query, reader, docs[i]);

    /// <summary>Our terms as the body's term queries: what PostingsHighlighter would be handed to mark what we mark.</summary>
    internal static Query TermsQuery(IEnumerable<string> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(HighlightSlice.Body, term)), Occur.SHOULD);
        }

        return query;
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + " …";

    private static string Examples(SortedSet<string> words) =>
        words.Count == 0 ? "" : string.Join(", ", words.Take(6)) + (words.Count > 6 ? ", …" : "");

    private static string Plain(string? html) => html is null ? "" : System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", ""));

    /// <summary>
    /// The body index written twice to disk, its term vector as the site keeps it (terms and counts)
    /// and as FastVectorHighlighter needs it (positions and offsets too), beside the site's whole index of the same records.
    /// </summary>
    private static string VectorSizes(HighlightSlice slice)
    {
        var root = Path.Combine(Path.GetTempPath(), "archivesite-highlight-sizes-" + Environment.ProcessId);
        try
        {
            var plainVectors = new FieldType(IndexSchema.BodyType) { StoreTermVectorPositions = false, StoreTermVectorOffsets = false };
            var sizes = new List<(string Name, long Vectors, long Total)>();
            foreach (var (name, type) in new[] { ("term vector as the site keeps it (no positions, no offsets)", plainVectors), ("term vector with positions and offsets", new FieldType(IndexSchema.BodyType) { StoreTermVectorPositions = true, StoreTermVectorOffsets = true }) })
            {
                var folder = Path.Combine(root, sizes.Count.ToString(CultureInfo.InvariantCulture));
                using (var directory = FSDirectory.Open(folder))
                {
                    HighlightSlice.WriteBodies(directory, slice.Index, slice.ArchiveLucene, type);
                }

                var files = new DirectoryInfo(folder).GetFiles();
                sizes.Add((name, files.Where(f => f.Extension is ".tvd" or ".tvx").Sum(f => f.Length), files.Sum(f => f.Length)));
            }

            var documents = BenchmarkCorpus.Documents(slice.ArchiveLucene.IndexReader.MaxDoc);
            var siteFolder = Path.Combine(root, "site");
            using (ArchiveSite.Core.Search.Indexing.ArchiveIndex.Build(documents, siteFolder, NameAuthority.Default))
            {
            }

            var site = new DirectoryInfo(siteFolder).GetFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"## The body's term vector on disk ({documents.Count:N0} records; one segment; the site's whole index of them: {site / 1e6:F1} MB)");
            text.AppendLine();
            text.AppendLine("| body field | term vector files (.tvd, .tvx) | the body index's files |");
            text.AppendLine("|---|---:|---:|");
            foreach (var (name, vectors, total) in sizes)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {vectors / 1e6:F1} MB | {total / 1e6:F1} MB |");
            }

            var added = sizes[1].Vectors - sizes[0].Vectors;
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"Positions and offsets in the term vector add {added / 1e6:F1} MB, {100.0 * added / site:F0} % of the site's whole index of these records.");
            return text.ToString();
        }
        finally
        {
            if (System.IO.Directory.Exists(root))
            {
                System.IO.Directory.Delete(root, recursive: true);
            }
        }
    }

    private static int? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : null;
    }
}
