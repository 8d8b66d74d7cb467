namespace ArchiveSite.Core.Reading;

/// <summary>What a diff's address answers: the changes, why the earlier text cannot be compared (410), or neither (not found).</summary>
/// <param name="Page">The changes; null when they cannot be shown.</param>
/// <param name="Unreadable">The earlier text, known to the store but held only damaged; null otherwise.</param>
public sealed record DiffAnswer(DiffPage? Page, UnreadableVersion? Unreadable)
{
    /// <summary>Either text is unknown, or the document is not served.</summary>
    public static DiffAnswer NotFound { get; } = new(null, null);
}
