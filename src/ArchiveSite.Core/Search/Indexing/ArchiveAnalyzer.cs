using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// One analysis for indexing and querying. Text (<see cref="IndexSchema.Analysis.English"/>) keeps
/// every word, stop words included, so a phrase means its words in order ("the Secretary of
/// State" is not "Secretary for State"); each word is indexed as written and as its marked stem,
/// at one position (<see cref="MarkedStems"/>), so "pilot" finds "pilots" and the word as typed
/// scores above its other forms. Ids
/// and people are untokenized terms, language a lowercased one.
/// </summary>
internal static class ArchiveAnalyzer
{
    /// <summary>The Lucene version every component is created for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>The English stop words: indexed, but not required when typed as loose words (see <see cref="CreateForWords"/>).</summary>
    public static CharArraySet StopWords => EnglishAnalyzer.DefaultStopSet;

    /// <summary>Creates the per-field analyzer of <see cref="IndexSchema.AnalysisOf"/>: the index's, and a query's phrases'. Analyzers are thread-safe: create one and share it.</summary>
    public static Analyzer Create() => Wrap(Text(dropStopWords: false));

    /// <summary>
    /// The same analysis without stop words, for a query's loose words: "the" in a query of plain
    /// words asks for nothing (every record has it), while in a phrase it holds its place.
    /// </summary>
    public static Analyzer CreateForWords() => Wrap(Text(dropStopWords: true));

    private static PerFieldAnalyzerWrapper Wrap(Analyzer text) =>
        new(text, IndexSchema.AnalysisOf.ToDictionary(kv => kv.Key, kv => Of(kv.Value) ?? text));

    private static Analyzer Text(bool dropStopWords) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        if (dropStopWords)
        {
            stream = new StopFilter(Version, stream, StopWords);
        }

        stream = new ApostropheParts(stream);
        stream = new StemCopies(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, new MarkedStems(stream));
    });

    private static Analyzer? Of(IndexSchema.Analysis analysis) => analysis switch
    {
        IndexSchema.Analysis.Keyword => new KeywordAnalyzer(),
        IndexSchema.Analysis.LowercaseKeyword => Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
        }),
        IndexSchema.Analysis.Letters => Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new LowerCaseTokenizer(Version, reader))),
        _ => null,
    };
}
