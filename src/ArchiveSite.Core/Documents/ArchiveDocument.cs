
namespace ArchiveSite.Core.Documents;

/// <summary>
/// One archival record as the archive serves it: immutable, identified by the document identifier
/// of its source URL (never by its file name, so renaming a file never breaks a permalink).
/// </summary>
/// <param name="Id">Stable permalink id, e.g. <c>112082</c> or <c>frus1955-57v02-d7</c>.</param>
/// <param name="Title">The record's title, without the date that headers often put in front of it.</param>
/// <param name="Date">The date as written and as an ISO date, or <c>null</c> for an undated record.</param>
/// <param name="Citation">The citation exactly as the record gives it, with its parts.</param>
/// <param name="Summary">The record's summary, as plain text.</param>
/// <param name="OriginalLanguage">The language of the original document, e.g. <c>Russian</c>.</param>
/// <param name="ContentsLabel">What the body is, as the record labels it, e.g. <c>Translation - English</c>.</param>
/// <param name="Body">The body exactly as the file has it (line endings normalised to LF).</param>
/// <param name="Format">Whether <see cref="Body"/> is plain text or Markdown.</param>
/// <param name="SourceFile">The file the record was read from, for diagnostics only.</param>
public sealed record ArchiveDocument(
    string Id,
    string Title,
    ArchiveDate? Date,
    Citation Citation,
    string Summary,
    string OriginalLanguage,
    string ContentsLabel,
    string Body,
    RecordFormat Format,
    string SourceFile)
{
    /// <summary>The date as the citation writes it: <c>November 20, 1950</c>, or <c>undated</c>.</summary>
    public string DateText => Date?.Text ?? Citation.DateText ?? "undated";
}
