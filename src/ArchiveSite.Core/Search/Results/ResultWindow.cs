namespace ArchiveSite.Core.Search.Results;

/// <summary>Three neighbouring places of a result list, and its length (<see cref="ArchiveSearcher.Around"/>).</summary>
/// <param name="Total">How many records the search finds now.</param>
/// <param name="PreviousId">The record one place before; null at the first place or past the end.</param>
/// <param name="CurrentId">The record at the place asked for; null past the end.</param>
/// <param name="NextId">The record one place after; null at the last place.</param>
/// <param name="Error">Why the search cannot run now (for the researcher); null when it ran.</param>
public sealed record ResultWindow(int Total, string? PreviousId, string? CurrentId, string? NextId, string? Error);
