using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search;

/// <summary>
/// One analyzer for indexing and querying: English stemming for text ("pilot" finds "pilots"),
/// untokenized terms for ids and people, lowercased terms for language.
/// </summary>
public static class ArchiveAnalyzer
{
    /// <summary>The Lucene version every component is created for.</summary>
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Creates the per-field analyzer. Analyzers are thread-safe: create one and share it.</summary>
    public static Analyzer Create()
    {
        var lowercaseKeyword = Analyzer.NewAnonymous((_, reader) =>
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(Version, tokenizer));
        });

        // Words as written, lowercased: no stemming and no stop words, so suggestions are real words.
        // Runs of letters, as QueryWords reads a query's words: the same words on both sides, and a
        // character tokenizer costs a fraction of StandardTokenizer's grammar over every record's text.
        var spelling = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new LowerCaseTokenizer(Version, reader)));

        return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(Version), new Dictionary<string, Analyzer>
        {
            [IndexFields.Id] = new KeywordAnalyzer(),
            [IndexFields.Person] = new KeywordAnalyzer(),
            [IndexFields.Language] = lowercaseKeyword,
            [IndexFields.Spell] = spelling,
        });
    }
}
