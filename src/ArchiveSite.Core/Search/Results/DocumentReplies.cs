
namespace ArchiveSite.Core.Search.Results;

/// <summary>The records a record answers and is answered by.</summary>
/// <param name="InReplyTo">The record this one answers, or null.</param>
/// <param name="AnsweredBy">The records that answer this one, oldest first.</param>
public sealed record DocumentReplies(ReplyCard? InReplyTo, IReadOnlyList<ReplyCard> AnsweredBy)
{
    /// <summary>True when the record is part of a reply thread.</summary>
    public bool InThread => InReplyTo is not null || AnsweredBy.Count > 0;
}
