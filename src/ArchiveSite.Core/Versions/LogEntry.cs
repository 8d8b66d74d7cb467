namespace ArchiveSite.Core.Versions;

/// <summary>Where one stored text lies in the log: its version and first sighting, its line's bytes, and its line number (from 1).</summary>
internal readonly record struct LogEntry(VersionInfo Info, long Offset, int Length, int Line);
