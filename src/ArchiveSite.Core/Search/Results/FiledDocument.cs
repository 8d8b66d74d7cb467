
namespace ArchiveSite.Core.Search.Results;

/// <summary>A record in an <see cref="ArchivalFile"/>.</summary>
/// <param name="Document">The record.</param>
/// <param name="Listy">Its listy (folios) in that file as written, e.g. <c>90-91</c>; null when not given.</param>
public sealed record FiledDocument(DocumentCard Document, string? Listy);
