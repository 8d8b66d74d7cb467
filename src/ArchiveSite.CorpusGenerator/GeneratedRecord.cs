namespace ArchiveSite.CorpusGenerator;

/// <summary>One file of the generated corpus: where it goes below the output folder, the id it must load as, and its bytes.</summary>
public sealed record GeneratedRecord(string RelativePath, string Id, byte[] Bytes);
