using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// The last step of the text analysis, after <c>KeywordRepeatFilter</c> and the Porter stemmer:
/// every word is indexed as written and, at the same position, as its stem marked with
/// <see cref="Mark"/>. The mark keeps the two apart even where they are spelled alike: "pilot" as
/// written is not the stem that "pilots" shares, so a researcher who types "pilot" finds both
/// records and the one that says "pilot" first (the word as typed matches twice, its other forms
/// once). A stop word has no stem added: no one looks for the other forms of "the".
/// </summary>
internal sealed class MarkedStems : TokenFilter
{
    /// <summary>Starts every stem term; no token the tokenizer makes contains it, and a researcher cannot type it as a word.</summary>
    public const char Mark = '~';

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private bool _afterStopWord;

    public MarkedStems(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    /// <summary>True for a term that is a marked stem.</summary>
    public static bool IsStem(string term) => term.Length > 1 && term[0] == Mark;

    public override bool IncrementToken()
    {
        while (m_input.IncrementToken())
        {
            if (_keyword.IsKeyword)
            {
                // The word as written; the stemmer's copy of it comes next.
                _afterStopWord = ArchiveAnalyzer.StopWords.Contains(_term.Buffer, 0, _term.Length);
                return true;
            }

            if (!_afterStopWord)
            {
                var stem = _term.ToString();
                _term.SetEmpty().Append(Mark).Append(stem);
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
