namespace ArchiveSite.Core.Names;

/// <summary>Where a text names a person of the authority, and how it writes the name.</summary>
public sealed record NameMention(Person Person, int Start, int Length, string Text);
