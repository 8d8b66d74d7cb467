using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Search.Results;

/// <summary>A facet's values for the current results.</summary>
public sealed record FacetGroup(FacetDimension Dimension, IReadOnlyList<FacetValue> Values);
