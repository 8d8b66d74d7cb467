using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>The exchange of replies a document belongs to, oldest first.</summary>
/// <param name="Current">The document the thread was asked for.</param>
/// <param name="Messages">Every message of the thread in date order; empty when the document is in none.</param>
public sealed record ThreadPage(DocumentCard Current, IReadOnlyList<ThreadMessage> Messages)
{
    /// <summary>The thread of document <paramref name="id"/>, or null when no document has the id.</summary>
    public static ThreadPage? Read(ArchiveSnapshot archive, string id)
    {
        if (archive.Relations.Thread(id) is not { } messages || archive.Searcher.GetDocument(id) is not { } document)
        {
            return null;
        }

        return new ThreadPage(new DocumentCard(document.Id, document.Title, document.DateText, document.Date?.Iso, document.Summary), messages);
    }
}
