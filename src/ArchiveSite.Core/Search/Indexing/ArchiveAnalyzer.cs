using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// One analyzer for indexing and querying: English stemming for text ("pilot" finds "pilots"),
/// untokenized terms for ids and people, lowercased terms for language.
/// </summary>
internal static class ArchiveAnalyzer
{
    /// <summary>The Lucene version every component is created for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Creates the per-field analyzer of <see cref="IndexSchema.AnalysisOf"/>. Analyzers are thread-safe: create one and share it.</summary>
    public static Analyzer Create() =>
        new PerFieldAnalyzerWrapper(new EnglishAnalyzer(Version), IndexSchema.AnalysisOf.ToDictionary(kv => kv.Key, kv => Of(kv.Value)));

    private static Analyzer Of(IndexSchema.Analysis analysis) => analysis switch
    {
        IndexSchema.Analysis.Keyword => new KeywordAnalyzer(),
        IndexSchema.Analysis.LowercaseKeyword => Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
        }),
        IndexSchema.Analysis.Letters => Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new LowerCaseTokenizer(Version, reader))),
        _ => new EnglishAnalyzer(Version),
    };
}
