namespace ArchiveSite.CorpusGenerator;

/// <summary>One record file as found in the source: its path relative to the source root ('/' separated) and its exact bytes.</summary>
public sealed record SourceRecord(string RelativePath, byte[] Bytes);
