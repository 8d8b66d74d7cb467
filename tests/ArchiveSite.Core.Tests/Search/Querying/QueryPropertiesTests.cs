using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Core.Tests.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ArchiveSite.Core.Tests.Search.Querying;

/// <summary>
/// Queries built at random from the pieces of Lucene's classic syntax (and of text handling in
/// general): reading one never throws and gives a query or a sentence, and searching with one
/// (the search, its spelling suggestion, its timeline, the detail page's matcher) never throws
/// and returns within the hang guard of <see cref="HostileInput.Bounded{T}"/>.
/// </summary>
public sealed class QueryPropertiesTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(HostileQueries)])]
    public void ReadingAQueryGivesAQueryOrASentence(string text)
    {
        var translated = HostileInput.Bounded(() => new QueryTranslator(archive.Index.Analyzer, archive.Index.Names).Translate(text), $"reading {Show(text)}");

        if (string.IsNullOrWhiteSpace(text))
        {
            Assert.Null(translated.Error);
            return;
        }

        Assert.True(translated.Query is null != translated.Error is null, $"{Show(text)} gave {(translated.Query is null ? "neither a query nor" : "both a query and")} an error");
        Assert.True(translated.Error is null || translated.Error.EndsWith('.'), $"{Show(text)}: {translated.Error}");
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(HostileQueries)])]
    public void SearchingWithAQueryNeverThrows(string text)
    {
        var results = HostileInput.Bounded(() =>
        {
            var found = archive.Searcher.Search(new SearchRequest(text, Page: 2, PageSize: 1));
            _ = archive.Searcher.SuggestSpelling(found);
            _ = Timeline.From(found);
            _ = archive.Searcher.Matcher(text, out _);
            return found;
        }, $"searching {Show(text)}");

        Assert.True(results.Error is null || results.Hits.Count == 0);
    }

    [Fact]
    public void TheGeneratorMakesTheFormsThatMatter()
    {
        // The properties are only as good as the queries they try: a sample (of a fixed seed, so the
        // check is stable) must reach the parser's refusals and its successes alike.
        var translator = new QueryTranslator(archive.Index.Analyzer, archive.Index.Names);
        var sample = HostileQueries.Query().Sample(50, new Rnd(1950), 400).Select(translator.Translate).ToArray();

        Assert.Contains(sample, t => t.Query is not null);
        Assert.Contains(sample, t => t.Error == QuerySyntaxCheck.RegularExpressionRefused);
        Assert.Contains(sample, t => t.Error?.Contains("nests parentheses", StringComparison.Ordinal) == true);
        Assert.Contains(sample, t => t.Error?.Contains("quotation mark", StringComparison.Ordinal) == true);
    }

    private static string Show(string text) =>
        "\"" + string.Concat(text.Take(120).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString())) + (text.Length > 120 ? "…" : "") + $"\" ({text.Length} chars)";
}

/// <summary>Random queries from a grammar of the syntax's tokens, with runs of any of them.</summary>
public static class HostileQueries
{
    private static readonly string[] Tokens =
    [
        "pilots", "Korea", "Kim Il Sung", "Stalin", "MIG-15", "Fond 45", "f. 3", "aviation", "a", "the", "x", "1950", "zzzz",
        " ", " ", " ", "\"", "\"", "(", ")", "[", "]", "{", "}", " TO ", "AND ", "OR ", "NOT ", " AND NOT ", "&&", "||", "+", "-", "!",
        "*", "?", "pil*", "t?????*", "x*a???", "~", "~2", "~5", "~0.5", "~1e3", "^", "^2", "^99999999999999999999999999999999999999999",
        "/", "/pil.*/", "//", "\\", "\\\"", ":", "*:*", "title:", "body:", "text:", "date:", "mentioned:", "person:", "id:", "_id:", "x:",
        "http://", "date:[1950 TO 1951]", "date:[1951 TO 1950]", "mentioned:[0001 TO 9999]", "title:[a TO z]", "title:[* TO *]", "1950-11-20",
        "\"\"", "\"a b\"~10000", "\0", "\u0001", "\t", "\n", "\u007F", "\u200F", "\u200D", "\u202E", "\uFEFF", "\uD800", "\uDC00", "\u0301",
        "😀", "Ким Ир Сен", "\uFFFD", "%00", "%C3%28",
    ];

    /// <summary>Pieces whose long runs matter: nesting, floods of combining marks, chains of operators.</summary>
    private static readonly string[] Runs = ["(", ")", "\u0301", "a", "a*", "AND NOT x ", "\"", "~", "-", "\\", "?"];

    private static Gen<string> Piece() =>
        Gen.Frequency(
            (12, Gen.Elements(Tokens)),
            (1, from run in Gen.Elements(Runs)
                from count in Gen.Choose(2, 600)
                select string.Concat(Enumerable.Repeat(run, count))),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));

    public static Gen<string> Query() =>
        Gen.Choose(1, 14).SelectMany(count => Gen.ArrayOf(Piece(), count)).Select(string.Concat);

    public static Arbitrary<string> Queries() => Query().ToArbitrary();
}
