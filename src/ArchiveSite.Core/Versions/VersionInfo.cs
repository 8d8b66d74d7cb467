namespace ArchiveSite.Core.Versions;

/// <summary>One text of a record the store holds: its version and when the site first served it.</summary>
/// <param name="Version">The content hash (<see cref="Documents.RecordVersion"/>).</param>
/// <param name="FirstSeen">When the site first loaded this text.</param>
public sealed record VersionInfo(string Version, DateTimeOffset FirstSeen);
