using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Sends each word on twice, the second copy at the same position and not marked as a keyword, so
/// the stemmer after it stems the copy only (<see cref="MarkedStems"/>): what Lucene's
/// <c>KeywordRepeatFilter</c> does, without capturing and restoring every attribute for every word.
/// That clone of the whole token state was a quarter of an indexing thread's time
/// (docs/performance.md, "Build: time and memory"); here only the term, the position increment and
/// the keyword flag are set again, since nothing after this filter changes anything else of the
/// word as written. A stop word is sent once: it gets no stem.
/// </summary>
internal sealed class StemCopies : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;
    private readonly IPositionIncrementAttribute _position;
    private char[] _word = new char[32];

    // The length of the word waiting to be sent again; -1 when none is.
    private int _waiting = -1;

    public StemCopies(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_waiting >= 0)
        {
            _term.CopyBuffer(_word, 0, _waiting);
            _waiting = -1;
            _keyword.IsKeyword = false;
            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        _keyword.IsKeyword = true;
        if (!ArchiveAnalyzer.StopWords.Contains(_term.Buffer, 0, _term.Length))
        {
            if (_word.Length < _term.Length)
            {
                _word = new char[ArrayUtil.Oversize(_term.Length, sizeof(char))];
            }

            Array.Copy(_term.Buffer, _word, _term.Length);
            _waiting = _term.Length;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _waiting = -1;
    }
}
