namespace ArchiveSite.Core.Documents;

/// <summary>The outcome of parsing one file: a document (perhaps with warnings), or the reason it is not one.</summary>
public sealed record RecordParseResult(ArchiveDocument? Document, RecordNotice? Rejection, IReadOnlyList<RecordNotice> Warnings)
{
    /// <summary>True when <see cref="Document"/> is set.</summary>
    public bool IsSuccess => Document is not null;

    internal static RecordParseResult Success(ArchiveDocument document, IReadOnlyList<RecordNotice>? warnings = null) =>
        new(document, null, warnings ?? []);

    internal static RecordParseResult Fail(string file, string reason, int? line = null) =>
        new(null, new RecordNotice(file, reason, line), []);
}
