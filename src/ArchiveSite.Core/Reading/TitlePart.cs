using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Reading;

/// <summary>A stretch of a title: plain text, or a correspondent's name as the title writes it, with their page.</summary>
/// <param name="Text">The characters of the title, as written.</param>
/// <param name="PageId">The page of the person the stretch names (<c>/people/{id}</c>); null for plain text.</param>
public sealed record TitlePart(string Text, string? PageId)
{
    /// <summary>
    /// The title cut where it names a correspondent who has a page, so the page can link the name
    /// where it stands. Only structure is added: the parts' texts, joined, are the title character
    /// for character. A name the authority knows is found in any of its spellings ("Kim II Sung"
    /// for Kim Il Sung), any other correspondent as the title writes it ("the Ambassador to Korea
    /// (Dowling)"), whole words only; where two would overlap the earlier and then the longer wins.
    /// </summary>
    public static IReadOnlyList<TitlePart> Split(string title, IReadOnlyList<DocumentPerson> people, NameAuthority names)
    {
        var correspondents = people.Where(p => p.Role != DocumentRole.Mentioned).ToArray();
        if (correspondents.Length == 0)
        {
            return [new TitlePart(title, null)];
        }

        var found = new List<(int Start, int Length, string PageId)>();
        foreach (var mention in names.FindMentions(title))
        {
            if (correspondents.FirstOrDefault(p => p.Name == mention.Person.Name) is { } person)
            {
                found.Add((mention.Start, mention.Length, person.PageId));
            }
        }

        foreach (var person in correspondents)
        {
            for (var at = title.IndexOf(person.Name, StringComparison.OrdinalIgnoreCase); at >= 0; at = title.IndexOf(person.Name, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (IsWhole(title, at, person.Name.Length))
                {
                    found.Add((at, person.Name.Length, person.PageId));
                }
            }
        }

        var parts = new List<TitlePart>();
        var next = 0;
        foreach (var (start, length, pageId) in found.OrderBy(f => f.Start).ThenByDescending(f => f.Length))
        {
            if (start < next)
            {
                continue;
            }

            if (start > next)
            {
                parts.Add(new TitlePart(title[next..start], null));
            }

            parts.Add(new TitlePart(title.Substring(start, length), pageId));
            next = start + length;
        }

        if (next < title.Length)
        {
            parts.Add(new TitlePart(title[next..], null));
        }

        return parts;
    }

    // "Mao" is not a correspondent inside "Maoist".
    private static bool IsWhole(string title, int start, int length) =>
        (start == 0 || !char.IsLetterOrDigit(title[start - 1])) && (start + length == title.Length || !char.IsLetterOrDigit(title[start + length]));
}
