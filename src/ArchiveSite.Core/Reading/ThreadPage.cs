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

        return new ThreadPage(new DocumentCard(document.Id, document.Title, document.DateText, document.Date?.Iso, document.Summary), messages)
        {
            MainCorrespondents = MainPair(archive.Searcher.People, messages),
        };
    }

    /// <summary>The two people who wrote to each other in most of the thread's messages (their pages), when any two did.</summary>
    public (People.PersonStats A, People.PersonStats B)? MainCorrespondents { get; init; }

    /// <summary>
    /// The pair of people (by page) a thread's messages most often go between, sender to recipient
    /// either way; ties go to the pair first in ordinal order of ids.
    /// </summary>
    private static (People.PersonStats, People.PersonStats)? MainPair(People.PeopleDirectory people, IReadOnlyList<ThreadMessage> messages)
    {
        var pairs = messages
            .SelectMany(m => m.Correspondents.Senders.SelectMany(s => m.Correspondents.Recipients.Select(r => (From: people.IdOfCorrespondent(s), To: people.IdOfCorrespondent(r)))))
            .Where(p => p.From is not null && p.To is not null && p.From != p.To)
            .Select(p => string.CompareOrdinal(p.From, p.To) < 0 ? (p.From!, p.To!) : (p.To!, p.From!))
            .GroupBy(p => p)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Item1, StringComparer.Ordinal).ThenBy(g => g.Key.Item2, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        return pairs is (string a, string b) && people.Find(a) is { } first && people.Find(b) is { } second ? (first, second) : null;
    }
}
