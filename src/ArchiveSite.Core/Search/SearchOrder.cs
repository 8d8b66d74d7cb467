using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search;

/// <summary>The orders results come in: every one ends on the id, so a page never depends on the index's internal order.</summary>
internal static class SearchOrder
{
    /// <summary>
    /// Best match first, equal scores by id: Lucene alone breaks ties by position in the index, which
    /// varies between builds (records are added from several threads), so a page would too.
    /// </summary>
    public static readonly Sort ByRelevance = new(SortField.FIELD_SCORE, new SortField(IndexSchema.IdSort, SortFieldType.STRING));

    /// <summary>By first day covered; undated records last either way; ties by id so paging is stable.</summary>
    public static Sort ByDate(bool descending)
    {
        var date = new SortField(IndexSchema.DateSort, SortFieldType.INT64, descending);
        date.SetMissingValue(descending ? long.MinValue : long.MaxValue);
        return new Sort(date, new SortField(IndexSchema.IdSort, SortFieldType.STRING));
    }

    /// <summary>The order a request asks for; sort=archival is the first reference's padded key, records without references last, then date and id.</summary>
    public static Sort For(SearchSort sort)
    {
        if (sort == SearchSort.Relevance)
        {
            return ByRelevance;
        }

        if (sort != SearchSort.Archival)
        {
            return ByDate(sort == SearchSort.DateDescending);
        }

        var archival = new SortField(IndexSchema.ArchivalSort, SortFieldType.STRING);
        archival.SetMissingValue(SortField.STRING_LAST);
        return new Sort([archival, .. ByDate(descending: false).GetSort()]);
    }
}
