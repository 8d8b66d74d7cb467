namespace ArchiveSite.Core.Documents;

/// <summary>An inferred answer: one record replies to an earlier one, and why that was inferred.</summary>
/// <param name="ReplyId">The id of the answering record.</param>
/// <param name="OriginalId">The id of the record it answers.</param>
/// <param name="Reason">
/// Why the link was inferred, in a sentence a researcher can check, e.g. <c>Joseph Stalin writes to
/// Kim Il Sung 3 days after Kim Il Sung's message to Joseph Stalin, and says “I have received your telegram”.</c>
/// </param>
public sealed record ReplyLink(string ReplyId, string OriginalId, string Reason);
