using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// The last step of the text analysis, after <see cref="StemCopies"/> and the Porter stemmer:
/// every word is indexed as written and, at the same position, as its stem marked with
/// <see cref="Mark"/>. The mark keeps the two apart even where they are spelled alike: "pilot" as
/// written is not the stem that "pilots" shares, so a researcher who types "pilot" finds both
/// records and the one that says "pilot" first (the word as typed matches twice, its other forms
/// once). A stop word has no stem added (<see cref="StemCopies"/> sends it once): no one looks for
/// the other forms of "the".
/// </summary>
internal sealed class MarkedStems : TokenFilter
{
    /// <summary>Starts every stem term; no token the tokenizer makes contains it, and a researcher cannot type it as a word.</summary>
    public const char Mark = '~';

    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

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
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (!_keyword.IsKeyword)
        {
            // The stem: the mark put in front in the term's own buffer, no string made for it.
            var length = _term.Length;
            var buffer = _term.ResizeBuffer(length + 1);
            Array.Copy(buffer, 0, buffer, 1, length);
            buffer[0] = Mark;
            _term.Length = length + 1;
        }

        return true;
    }
}
