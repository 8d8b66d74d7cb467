
namespace ArchiveSite.Core.Search.Highlighting;

/// <summary>A run of text in a title, summary or snippet; <see cref="IsMatch"/> runs are shown in &lt;mark&gt;.</summary>
public sealed record TextSegment(string Text, bool IsMatch);
