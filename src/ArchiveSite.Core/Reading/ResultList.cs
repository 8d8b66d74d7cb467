using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Reading;

/// <summary>The result list a document was opened from, as its link carries it: the list's search, and the document's place in it as written (<c>n=7</c>).</summary>
/// <param name="Request">The search that makes the list (query, dates, facets, order).</param>
/// <param name="Position">The place, as the link wrote it: read and checked by <see cref="ResultStep.Read"/>.</param>
public sealed record ResultList(SearchRequest Request, string? Position);
