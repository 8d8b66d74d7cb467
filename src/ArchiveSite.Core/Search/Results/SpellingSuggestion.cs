using ArchiveSite.Core.Search.Highlighting;

namespace ArchiveSite.Core.Search.Results;

/// <summary>A corrected query worth offering: "Did you mean: <b>Shtykov</b>?"</summary>
/// <param name="Text">The corrected query, ready to search.</param>
/// <param name="Segments">The corrected query with the replaced words marked.</param>
/// <param name="TotalHits">How many records the corrected query finds.</param>
public sealed record SpellingSuggestion(string Text, IReadOnlyList<TextSegment> Segments, int TotalHits);
