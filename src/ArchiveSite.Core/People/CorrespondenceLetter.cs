using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.People;

/// <summary>One record of a correspondence between two people, as its page lists it.</summary>
/// <param name="Card">The record's card.</param>
/// <param name="FromA">True when the first person sent it (or passed it on), false when the second did.</param>
/// <param name="Through">True when it went through a go-between.</param>
/// <param name="Number">Its number in the sender's series, when it carries one.</param>
/// <param name="Day">The first day its date covers; null when undated.</param>
/// <param name="InReplyTo">The id of the record it answers (inferred at indexing), or null.</param>
/// <param name="ReplyReason">Why that answer was inferred.</param>
public sealed record CorrespondenceLetter(DocumentCard Card, bool FromA, bool Through, int? Number, DateOnly? Day, string? InReplyTo, string? ReplyReason)
{
    /// <summary>The ids of the records of this correspondence that answer this one, oldest first.</summary>
    public IReadOnlyList<string> AnsweredBy { get; init; } = [];

    /// <summary>
    /// True when no record of the other person is known to answer it (a research lead, not a fact:
    /// the answer may be lost, unprinted, or sent by another hand). Only dated records are marked.
    /// </summary>
    public bool NoKnownReply { get; init; }

    /// <summary>The record's id.</summary>
    public string Id => Card.Id;
}
