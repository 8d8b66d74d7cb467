
namespace ArchiveSite.Core.Search.Results;

/// <summary>How the "more values" page orders a facet's values (<c>facet.sort=count|index</c>, as in Solr).</summary>
public enum FacetValueOrder
{
    /// <summary>Most records first.</summary>
    Count,

    /// <summary>A–Z; chronological facets in date order.</summary>
    Index,
}
