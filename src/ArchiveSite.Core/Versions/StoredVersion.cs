using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Versions;

/// <summary>A stored text of a record, whole.</summary>
/// <param name="Info">Its version and first sighting.</param>
/// <param name="Document">The record as it was.</param>
public sealed record StoredVersion(VersionInfo Info, ArchiveDocument Document);
