
namespace ArchiveSite.Core.Search.Results;

/// <summary>One side of an inferred reply link, with the reason it was inferred.</summary>
/// <param name="Document">The record at the other end of the link.</param>
/// <param name="Reason">Why the answer was linked to the original (<see cref="Documents.ReplyLink.Reason"/>).</param>
public sealed record ReplyCard(DocumentCard Document, string Reason);
