using ArchiveSite.Core.Collections;

namespace ArchiveSite.Core.Search.Results;

/// <summary>A collection as lists show it: what it is, how many records it holds, the years they span.</summary>
/// <param name="Id">The id in its address: <c>/collections/frus1964-68v15</c>.</param>
/// <param name="Kind">A published volume or an archive's fond.</param>
/// <param name="Title">The collection as the citations name it.</param>
/// <param name="Count">How many served records it holds.</param>
/// <param name="FirstYear">The year of its earliest dated record; null when none is dated.</param>
/// <param name="LastYear">The year of its latest dated record (by the day each record starts); null when none is dated.</param>
public sealed record CollectionSummary(string Id, CollectionKind Kind, string Title, int Count, int? FirstYear, int? LastYear)
{
    /// <summary>The years as a reader writes them: <c>1961–1963</c>, <c>1950</c>, or <c>undated</c>.</summary>
    public string Years => (FirstYear, LastYear) switch
    {
        ({ } first, { } last) when first != last => $"{first}–{last}",
        ({ } first, _) => first.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "undated",
    };
}
