using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>Every value of one facet for a search, in the order asked for, one page of them.</summary>
/// <param name="Error">Why the search could not run, for the researcher; null when it ran.</param>
/// <param name="ValueCount">How many values the facet has for the search.</param>
/// <param name="Values">This page's values.</param>
public sealed record FacetValuesPage(string? Error, int ValueCount, IReadOnlyList<FacetValue> Values)
{
    /// <summary>The values of <paramref name="dimension"/> over the records <paramref name="request"/> matches.</summary>
    public static FacetValuesPage Read(ArchiveSnapshot archive, FacetDimension dimension, SearchRequest request, FacetValueOrder order, int page)
    {
        // One hit is enough: the counts are over all matches.
        var results = archive.Searcher.Search(request with { Page = 1, PageSize = 1 });
        if (results.Facets.FirstOrDefault(g => g.Dimension.Key == dimension.Key) is not { } group)
        {
            return new FacetValuesPage(results.Error, 0, []);
        }

        var ordered = FacetValueList.Order(group, order);
        return new FacetValuesPage(results.Error, ordered.Count, FacetValueList.Page(ordered, page));
    }
}
