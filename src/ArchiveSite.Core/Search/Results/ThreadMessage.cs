using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Search.Results;

/// <summary>One record of a reply thread.</summary>
/// <param name="Document">The record.</param>
/// <param name="Correspondents">Who wrote to whom, from its title.</param>
/// <param name="InReplyToId">The id of the record it answers; null for the first message.</param>
/// <param name="Reason">Why it was linked to that record; null for the first message.</param>
public sealed record ThreadMessage(DocumentCard Document, Correspondents Correspondents, string? InReplyToId, string? Reason);
