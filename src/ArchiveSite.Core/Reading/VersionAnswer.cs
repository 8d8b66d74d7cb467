namespace ArchiveSite.Core.Reading;

/// <summary>What a versioned permalink answers: the text, why it cannot be shown (410), or neither (not found).</summary>
/// <param name="Page">The text's page; null when it cannot be shown.</param>
/// <param name="Unreadable">A text the store knows of but holds only damaged; null otherwise.</param>
public sealed record VersionAnswer(VersionPage? Page, UnreadableVersion? Unreadable)
{
    /// <summary>The store knows no such text.</summary>
    public static VersionAnswer NotFound { get; } = new(null, null);
}
