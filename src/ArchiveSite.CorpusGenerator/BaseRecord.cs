using System.Text;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.CorpusGenerator;

/// <summary>
/// A real record ready to be recombined: its parsed document, its text with LF line endings, where
/// its citation block ends (the Summary heading) and where its body starts.
/// </summary>
public sealed partial class BaseRecord
{
    private BaseRecord(SourceRecord source, ArchiveDocument document, string text, int citationStart, int citationEnd, int bodyStart)
    {
        Source = source;
        Document = document;
        Text = text;
        CitationStart = citationStart;
        CitationEnd = citationEnd;
        BodyStart = bodyStart;
    }

    /// <summary>The file it came from.</summary>
    public SourceRecord Source { get; }

    /// <summary>The record as the site reads it.</summary>
    public ArchiveDocument Document { get; }

    /// <summary>The file's text, BOM removed, line endings LF.</summary>
    public string Text { get; }

    /// <summary>Where the Citation heading line starts in <see cref="Text"/>.</summary>
    public int CitationStart { get; }

    /// <summary>Where the Summary heading line starts: header and citation lie before it.</summary>
    public int CitationEnd { get; }

    /// <summary>Where the body starts in <see cref="Text"/>.</summary>
    public int BodyStart { get; }

    /// <summary>The file's extension, lower case (<c>.md</c> or <c>.txt</c>).</summary>
    public string Extension => Path.GetExtension(Source.RelativePath).ToLowerInvariant();

    /// <summary>The decade of the record's date, or null when undated.</summary>
    public int? Decade => Document.Date is { } date ? date.Start.Year / 10 * 10 : null;

    /// <summary>The body's paragraphs (split at blank lines), as written.</summary>
    public IReadOnlyList<string> Paragraphs() => BlankLineRegex().Split(Text[BodyStart..].TrimEnd()).ToArray();

    /// <summary>The record behind <paramref name="source"/>, or null if the site would reject it or its layout cannot be found.</summary>
    public static BaseRecord? From(SourceRecord source)
    {
        var result = DocumentLoader.ParseBytes(source.Bytes, source.RelativePath);
        if (result.Document is not { } document || document.Body.Length == 0)
        {
            return null;
        }

        var text = Encoding.UTF8.GetString(source.Bytes).TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var citation = HeadingRegex("Citation").Match(text);
        if (!citation.Success)
        {
            return null;
        }

        var summary = HeadingRegex("Summary").Match(text, citation.Index + citation.Length);
        var bodyStart = text.LastIndexOf(document.Body, StringComparison.Ordinal);
        if (!summary.Success || bodyStart < summary.Index)
        {
            return null;
        }

        return new BaseRecord(source, document, text, citation.Index, summary.Index, bodyStart);
    }

    /// <summary>A heading line as record-format.md describes it: <c>Summary:</c>, <c>**Summary:**</c>, <c>**Summary**:</c>, <c>__Summary:__</c>, <c>## Summary:</c>.</summary>
    private static Regex HeadingRegex(string name) => new(
        @"^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*" + name + @"[ \t]*(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*$",
        RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\n[ \t]*\n(?:[ \t]*\n)*")]
    private static partial Regex BlankLineRegex();
}
