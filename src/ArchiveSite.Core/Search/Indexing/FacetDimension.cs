using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// One way to narrow results (year, language, archive, correspondent…): how its values are read
/// from a record, and how they are ordered when shown.
/// </summary>
/// <param name="Key">The URL parameter after <c>f.</c>: <c>f.year=1950</c>.</param>
/// <param name="Label">The heading researchers see.</param>
/// <param name="Values">The record's values for this dimension; the names authority in use gives correspondents their preferred names.</param>
/// <param name="Chronological">True to show values in their own order (years, months); false for most frequent first.</param>
public sealed record FacetDimension(string Key, string Label, Func<ArchiveDocument, NameAuthority, IEnumerable<string>> Values, bool Chronological = false)
{
    /// <summary>The index field that holds the values (a term per value, and doc values for counting).</summary>
    public string Field => "facet_" + Key;
}
