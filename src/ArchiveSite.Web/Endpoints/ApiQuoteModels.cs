using ArchiveSite.Core.Quotations;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Web.Endpoints;

/// <summary>A quotation checked: where it stands, best first, and what was compared.</summary>
/// <param name="Text">The quotation as given.</param>
/// <param name="Words">Its words.</param>
/// <param name="Compared">Documents compared (those whose words are most like it).</param>
/// <param name="EarlierTexts">Earlier texts of those documents compared.</param>
/// <param name="Stopped">True when the check stopped before the last document offered, to stay within its bound.</param>
/// <param name="Matches">The documents it stands in, best first.</param>
public sealed record ApiQuoteCheck(string Text, int Words, int Compared, int EarlierTexts, bool Stopped, IReadOnlyList<ApiQuoteMatch> Matches)
{
    internal static ApiQuoteCheck Of(QuotePage page, string baseUrl) =>
        new(page.Text, page.Words, page.Candidates, page.EarlierTexts, page.Stopped, page.Matches.Select(m => ApiQuoteMatch.Of(m, baseUrl)).ToArray());
}

/// <summary>One document a quotation stands in.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Title">The title of the text that matches.</param>
/// <param name="Date">Its date as written; null when undated.</param>
/// <param name="Version">The version of the text that matches.</param>
/// <param name="IsCurrent">True when that is the text served now; false when an earlier text matches better.</param>
/// <param name="CurrentVersion">The version served now.</param>
/// <param name="Paragraph">The paragraph in the document's permalink page: <c>…/documents/{id}#p3</c>.</param>
/// <param name="VersionedPermalink">The matching text's versioned permalink with the paragraph: <c>…/documents/{id}/v/{version}#p3</c>.</param>
/// <param name="Citation">A Chicago note of the passage, with that permalink.</param>
/// <param name="Place">Where and how it matches.</param>
/// <param name="CurrentPlace">When an earlier text matches best: where the current text matches (null when it does not).</param>
public sealed record ApiQuoteMatch(string Id, string Title, string? Date, string Version, bool IsCurrent, string CurrentVersion, string Paragraph,
    string VersionedPermalink, string Citation, ApiQuotePlace Place, ApiQuotePlace? CurrentPlace)
{
    internal static ApiQuoteMatch Of(QuoteMatch m, string baseUrl) => new(
        m.Document.Id, m.Document.Title, m.Document.Date?.Text, m.Version.Version, m.IsCurrent, m.CurrentVersion,
        $"{SiteIdentity.Permalink(baseUrl, m.Document.Id)}#{m.Place.Fragment}", m.Permalink, m.Citation.PlainText,
        ApiQuotePlace.Of(m.Place), m.CurrentPlace is { } now ? ApiQuotePlace.Of(now) : null);
}

/// <summary>Where a quotation stands in one text.</summary>
/// <param name="Fragment">The paragraph's or note's anchor: <c>p3</c>, <c>fn:17</c>.</param>
/// <param name="Label">The same for a reader: <c>¶ 3</c>.</param>
/// <param name="Exact">True when the source has the quotation character for character (white space aside).</param>
/// <param name="Score">From 0 to 1: the quotation's words found in order (a variant counts 0.75) over its words plus the source's words it leaves out.</param>
/// <param name="Source">The matching stretch as the source writes it.</param>
/// <param name="Same">Words as written.</param>
/// <param name="Variants">Words spelled otherwise (variants, OCR slips, another spelling of a name).</param>
/// <param name="Changed">Words changed.</param>
/// <param name="LeftOut">Source words the quotation leaves out without an ellipsis.</param>
/// <param name="Added">Quotation words not in the source.</param>
/// <param name="Elided">Source words an ellipsis stands for.</param>
/// <param name="Differences">The quotation against the stretch, word by word: kind <c>same</c>, <c>quotation</c> (only in the quotation) or <c>source</c> (only in the source).</param>
public sealed record ApiQuotePlace(string Fragment, string Label, bool Exact, double Score, string Source, int Same, int Variants, int Changed, int LeftOut, int Added, int Elided,
    IReadOnlyList<ApiQuoteDifference> Differences)
{
    internal static ApiQuotePlace Of(QuotePlace p) => new(p.Fragment, p.Label, p.Exact, Math.Round(p.Alignment.Score, 3), p.Source,
        p.Alignment.Same, p.Alignment.Variants, p.Alignment.Changed, p.Alignment.LeftOut, p.Alignment.Added, p.Alignment.Elided,
        p.Differences.Select(d => new ApiQuoteDifference(d.Kind switch { DiffKind.Removed => "quotation", DiffKind.Added => "source", _ => "same" }, d.Text)).ToArray());
}

/// <summary>A stretch of the word-by-word comparison.</summary>
/// <param name="Kind"><c>same</c>, <c>quotation</c> (only in the quotation) or <c>source</c> (only in the source).</param>
/// <param name="Text">The text, spaces included.</param>
public sealed record ApiQuoteDifference(string Kind, string Text);
