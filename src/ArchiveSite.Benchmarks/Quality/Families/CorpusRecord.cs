using ArchiveSite.Core.Documents;

namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>A record and its body as plain text: the text our index and the FTS5 table get (<see cref="Core.Rendering.MarkdownRenderer.ToPlainText"/>).</summary>
/// <param name="Document">The record.</param>
/// <param name="Body">Its body as plain text.</param>
internal sealed record CorpusRecord(ArchiveDocument Document, string Body)
{
    /// <summary>The text fields both engines search by default: title, summary, body, citation.</summary>
    public IEnumerable<string> SearchedText => [Document.Title, Document.Summary, Body, Document.Citation.Text];
}
