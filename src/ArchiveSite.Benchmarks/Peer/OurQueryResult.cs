namespace ArchiveSite.Benchmarks.Peer;

/// <summary>One query on our side.</summary>
/// <param name="Name">The case.</param>
/// <param name="Hits">The total <see cref="Core.Search.ArchiveSearcher.Search"/> reports.</param>
/// <param name="Page">The whole first page: <see cref="Core.Search.ArchiveSearcher.Search"/>.</param>
/// <param name="BareHits">The total <see cref="LuceneFirstPage"/> reports (the same, or the query differs).</param>
/// <param name="Bare">Top 20 and total only: <see cref="LuceneFirstPage"/>.</param>
internal sealed record OurQueryResult(string Name, int Hits, LatencySummary Page, int BareHits, LatencySummary Bare);
