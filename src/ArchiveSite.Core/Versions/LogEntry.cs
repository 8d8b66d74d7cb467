namespace ArchiveSite.Core.Versions;

/// <summary>Where one stored text lies in the log: its version and first sighting, and its line's bytes.</summary>
internal readonly record struct LogEntry(VersionInfo Info, long Offset, int Length);
