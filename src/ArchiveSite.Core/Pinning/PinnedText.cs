using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Pinning;

/// <summary>A record whose text at a pin is not the one served now: corrected since, or withdrawn since.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Then">Its text at the pin: version and first sighting.</param>
/// <param name="Now">The version served now; null when the record was withdrawn since.</param>
/// <param name="WithdrawnAt">When it left the archive; null when it is served.</param>
public sealed record PinnedText(string Id, VersionInfo Then, string? Now, DateTimeOffset? WithdrawnAt);
