namespace ArchiveSite.Core.Reading;

/// <summary>A document of a pinned search that changed since its pin (<see cref="SearchChangesPage"/>).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its title (as served now; as it was, for one withdrawn).</param>
/// <param name="VersionThen">Its text at the pin; null for one added since.</param>
/// <param name="VersionNow">Its text now; null for one withdrawn since.</param>
/// <param name="At">When it changed: its text now first served, or its withdrawal.</param>
/// <param name="MatchedThen">True when the search matched its text at the pin.</param>
/// <param name="MatchesNow">True when the search matches its text now.</param>
public sealed record ChangedDocument(string Id, string Title, string? VersionThen, string? VersionNow, DateTimeOffset At, bool MatchedThen, bool MatchesNow);
