using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// A word joined by an apostrophe to an elided article or a name's prefix (<c>d'Affaires</c>,
/// <c>O’Daniel</c>, <c>N'Djamena</c>) is also its last part, at the same position: a researcher who
/// types <c>Affaires</c> or <c>Daniel</c> finds it, and one who types it whole still matches the
/// whole word first. The standard tokenizer keeps such a word as one token; a part of one letter
/// (<c>don't</c>, <c>couldn’t</c>) is no word of its own and is not added.
/// </summary>
internal sealed class ApostropheParts : TokenFilter
{
    private static readonly char[] Apostrophes = ['\'', '’', 'ʼ', '＇'];

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private State? _pending;
    private int _pendingStart;

    public ApostropheParts(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_pending is { } state)
        {
            RestoreState(state);
            _pending = null;
            var part = _term.ToString()[_pendingStart..];
            var start = _offset.StartOffset;
            var end = _offset.EndOffset;
            _term.SetEmpty().Append(part);
            // The part's characters, when the token's text is the source's (no character was folded away before).
            if (end - start >= part.Length)
            {
                _offset.SetOffset(end - part.Length, end);
            }

            _position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var text = _term.ToString();
        var last = text.LastIndexOfAny(Apostrophes);
        if (last > 0 && text.Length - last - 1 >= 2)
        {
            _pending = CaptureState();
            _pendingStart = last + 1;
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending = null;
    }
}
