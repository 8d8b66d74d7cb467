namespace ArchiveSite.Benchmarks.Peer;

/// <summary>Our side of the comparison, as <c>ours.json</c> holds it for the report.</summary>
/// <param name="Corpus">Where the records came from.</param>
/// <param name="Records">How many records both indexes hold.</param>
/// <param name="BuildSeconds"><see cref="Core.Search.ArchiveIndex.Build"/> into a folder, wall time.</param>
/// <param name="IndexBytes">The index folder's size.</param>
/// <param name="Options">How the queries were timed.</param>
/// <param name="Queries">Per query, in the set's order.</param>
internal sealed record OurResults(string Corpus, int Records, double BuildSeconds, long IndexBytes, PeerOptions Options, IReadOnlyList<OurQueryResult> Queries);
