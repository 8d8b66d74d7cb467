namespace ArchiveSite.Core.People;

/// <summary>The records one way of a correspondence: how many, and the first and last day among those dated.</summary>
/// <param name="Count">How many records went this way.</param>
/// <param name="First">The earliest dated record's first day; null when none is dated.</param>
/// <param name="Last">The latest dated record's first day.</param>
/// <param name="Through">How many of them went through a go-between.</param>
/// <param name="NoKnownReply">How many of them no record the other way is known to answer.</param>
public sealed record DirectionSpan(int Count, DateOnly? First, DateOnly? Last, int Through, int NoKnownReply);
