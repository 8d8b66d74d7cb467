
namespace ArchiveSite.Core.Search.Results;

/// <summary>The records filed in one delo, in archival order.</summary>
/// <param name="Name">The file as the delo facet writes it: <c>APRF, Fond 45, Opis 1, Delo 347</c>.</param>
/// <param name="Documents">The records of the file, ordered by listy (at most a window around the current one).</param>
/// <param name="Total">How many records the file holds in all.</param>
public sealed record ArchivalFile(string Name, IReadOnlyList<FiledDocument> Documents, int Total);
