namespace ArchiveSite.Core.Versions;

/// <summary>A record that left the corpus: when the site stopped serving it, and the archives it was filed under then (its OAI-PMH sets).</summary>
/// <param name="Id">The record's permalink id.</param>
/// <param name="At">When the site noticed it was gone: a deleted record's OAI-PMH datestamp.</param>
/// <param name="Archives">The archives its last text's references name.</param>
public sealed record Withdrawal(string Id, DateTimeOffset At, IReadOnlyList<string> Archives);
