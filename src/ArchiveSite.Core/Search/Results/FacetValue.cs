
namespace ArchiveSite.Core.Search.Results;

/// <summary>One value of a facet with the number of matching records that have it.</summary>
/// <param name="Value">The value as stored and put in the URL.</param>
/// <param name="Display">The value as shown.</param>
/// <param name="Count">Matching records with this value.</param>
/// <param name="Selected">True when the search is already narrowed to it.</param>
public sealed record FacetValue(string Value, string Display, int Count, bool Selected);
