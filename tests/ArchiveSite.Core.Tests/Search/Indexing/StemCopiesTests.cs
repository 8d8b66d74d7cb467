using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSite.Core.Tests.Search.Indexing;

/// <summary>
/// <see cref="StemCopies"/> replaced Lucene's KeywordRepeatFilter (which cloned every attribute of
/// every word) without changing a token: over every text of the FRUS slice, and over hard cases,
/// the analysis gives the very tokens (term, position, offsets, type) the chain built on
/// KeywordRepeatFilter gave, for the index and for a query's loose words.
/// </summary>
public sealed class StemCopiesTests
{
    private static readonly string[] HardCases =
    [
        "The pilots of Manchuria trained; the the THE of-the",
        "d'Affaires O’Daniel N'Djamena don't couldn’t Chargé d’Affaires’s",
        "Khrushchev's Ambassador's ambassadors' U.S. U.S.S.R. 611.61/1–2455 1950-11-20",
        "antidisestablishmentarianism supercalifragilisticexpialidocious-internationalization " + new string('x', 300),
        "Москва 北京 Ångström naïve façade",
        "",
        "a an and are as at be but by for if in into is it no not of on or such that their then there these they this to was will with",
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryTextOfTheFrusSliceGetsTheTokensOfTheKeywordRepeatChain(bool dropStopWords)
    {
        using var analyzer = dropStopWords ? ArchiveAnalyzer.CreateForWords() : ArchiveAnalyzer.Create();
        using var reference = Reference(dropStopWords);
        var texts = DocumentLoader.Load(RepositoryPaths.FrusSlice).Documents
            .SelectMany(d => new[] { d.Title, d.Summary, d.Citation.Text, MarkdownRenderer.ToPlainText(d) })
            .Concat(HardCases)
            .ToArray();
        Assert.True(texts.Length > 1000);
        foreach (var text in texts)
        {
            Assert.Equal(Tokens(reference, text), Tokens(analyzer, text));
        }
    }

    /// <summary>The English analysis as it was built on Lucene's KeywordRepeatFilter, and the mark filter as it was then.</summary>
    private static Analyzer Reference(bool dropStopWords) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(ArchiveAnalyzer.Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(ArchiveAnalyzer.Version, tokenizer);
        stream = new LowerCaseFilter(ArchiveAnalyzer.Version, stream);
        if (dropStopWords)
        {
            stream = new StopFilter(ArchiveAnalyzer.Version, stream, ArchiveAnalyzer.StopWords);
        }

        stream = new ApostropheParts(stream);
        stream = new KeywordRepeatFilter(stream);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, new ReferenceMarks(stream));
    });

    /// <summary>MarkedStems as it was: a word as written passes, its stem is marked, and a stop word's stem is dropped.</summary>
    private sealed class ReferenceMarks : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IKeywordAttribute _keyword;
        private bool _afterStopWord;

        public ReferenceMarks(TokenStream input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _keyword = AddAttribute<IKeywordAttribute>();
        }

        public override bool IncrementToken()
        {
            while (m_input.IncrementToken())
            {
                if (_keyword.IsKeyword)
                {
                    _afterStopWord = ArchiveAnalyzer.StopWords.Contains(_term.Buffer, 0, _term.Length);
                    return true;
                }

                if (!_afterStopWord)
                {
                    var stem = _term.ToString();
                    _term.SetEmpty().Append(MarkedStems.Mark).Append(stem);
                    return true;
                }
            }

            return false;
        }

        public override void Reset()
        {
            base.Reset();
            _afterStopWord = false;
        }
    }

    /// <summary>Each token with everything the index and the query parser read of it.</summary>
    private static List<string> Tokens(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(IndexSchema.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        while (stream.IncrementToken())
        {
            tokens.Add($"{term} +{increment.PositionIncrement} len{length.PositionLength} {offset.StartOffset}-{offset.EndOffset} {type.Type}");
        }

        stream.End();
        tokens.Add($"end +{increment.PositionIncrement} {offset.EndOffset}");
        return tokens;
    }
}
