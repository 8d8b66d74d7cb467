namespace ArchiveSite.Core.Quotations;

/// <summary>
/// One word of a quotation or of a source's paragraph, as the alignment compares it.
/// </summary>
/// <param name="Key">The word folded for comparison: lower case, without diacritics, one apostrophe; for a person the authority knows, the person's id (every spelling one key).</param>
/// <param name="Ocr">The key with the letters typewritten text and OCR confuse made one (I, l, 1 as <c>l</c>; 0 as <c>o</c>).</param>
/// <param name="Spelling">The word as written, lower case: two spellings of a person's name with one key differ here.</param>
/// <param name="Start">Where the word starts in its text.</param>
/// <param name="End">Where it ends.</param>
/// <param name="GapAfter">True when an ellipsis follows the word in a quotation: the source may have any words there.</param>
public sealed record QuoteWord(string Key, string Ocr, string Spelling, int Start, int End, bool GapAfter = false)
{
    /// <summary>True for a person's name found by the names authority.</summary>
    public bool IsPerson => Key.Length > 0 && Key[0] == QuoteWords.PersonMark;
}
