namespace ArchiveSite.Core.Documents;

/// <summary>Everything a documents folder held: what is served, what is not (with reasons), and what was read leniently.</summary>
public sealed record LoadResult(
    IReadOnlyList<ArchiveDocument> Documents,
    IReadOnlyList<RecordNotice> Rejections,
    IReadOnlyList<RecordNotice> Warnings);
