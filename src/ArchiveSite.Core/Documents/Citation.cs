namespace ArchiveSite.Core.Documents;

/// <summary>
/// A record's citation: the text exactly as the record gives it, and the parts a researcher cites by.
/// </summary>
/// <param name="Text">The citation as written (Markdown markup such as bold or autolink brackets removed, line breaks joined).</param>
/// <param name="QuotedTitle">The title between the quotation marks, without the comma American style puts inside them.</param>
/// <param name="DateText">The date as the citation writes it (<c>undated</c> included), or null when there is none.</param>
/// <param name="Publisher">Who publishes the digital copy: <c>Wilson Center Digital Archive</c>, or a FRUS volume.</param>
/// <param name="References">Each archival reference, in the order given.</param>
/// <param name="SourceUrl">The source URL of the digital copy.</param>
public sealed record Citation(
    string Text,
    string? QuotedTitle,
    string? DateText,
    string? Publisher,
    IReadOnlyList<ArchivalReference> References,
    string SourceUrl);
