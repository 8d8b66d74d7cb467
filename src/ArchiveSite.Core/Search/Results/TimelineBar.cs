
namespace ArchiveSite.Core.Search.Results;

/// <summary>One bar of a <see cref="Timeline"/>.</summary>
/// <param name="Value">The facet value it filters by: <c>1950-11</c> for a month, <c>1950</c> for a year.</param>
/// <param name="Display">As shown: <c>November 1950</c>, <c>1950</c>, <c>1950 (year only)</c>.</param>
/// <param name="Count">Matching records it holds.</param>
/// <param name="Selected">True when the results are already narrowed to it.</param>
public sealed record TimelineBar(string Value, string Display, int Count, bool Selected);
