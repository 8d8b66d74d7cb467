using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Reading;

/// <summary>How a record names a person who has a page.</summary>
public enum DocumentRole
{
    /// <summary>The title names them as the sender.</summary>
    From,

    /// <summary>The title names them as the recipient.</summary>
    To,

    /// <summary>The title names them as a go-between.</summary>
    Via,

    /// <summary>The text mentions them.</summary>
    Mentioned,
}

/// <summary>A person a record names, with their page.</summary>
/// <param name="Role">How the record names them.</param>
/// <param name="Name">As the title writes them (a correspondent) or as their page is headed (a mention).</param>
/// <param name="PageId">Their page's id (<c>/people/{id}</c>).</param>
public sealed record DocumentPerson(DocumentRole Role, string Name, string PageId)
{
    /// <summary>The people of <paramref name="document"/> that have pages: lookups in the snapshot's directory of people.</summary>
    public static IReadOnlyList<DocumentPerson> Of(ArchiveSnapshot archive, ArchiveDocument document)
    {
        var directory = archive.Searcher.People;
        var correspondents = Correspondents.FromTitle(document.Title, archive.Searcher.Names);
        var named = new (DocumentRole Role, IReadOnlyList<string> Names)[]
        {
            (DocumentRole.From, correspondents.Senders), (DocumentRole.To, correspondents.Recipients), (DocumentRole.Via, correspondents.Intermediaries),
        };
        var people = named
            .SelectMany(r => r.Names.Select(name => directory.IdOfCorrespondent(name) is { } id ? new DocumentPerson(r.Role, name, id) : null))
            .OfType<DocumentPerson>()
            .ToList();
        foreach (var id in archive.Searcher.PeopleMentionedIn(document.Id))
        {
            if (directory.Find(id) is { } person && !people.Any(p => p.PageId == id))
            {
                people.Add(new DocumentPerson(DocumentRole.Mentioned, person.Name, id));
            }
        }

        return people;
    }
}
