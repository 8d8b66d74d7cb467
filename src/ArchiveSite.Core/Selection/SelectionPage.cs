using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Reading;

namespace ArchiveSite.Core.Selection;

/// <summary>One document of a selection as its page lists it.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="DateText">Its date as written.</param>
/// <param name="Location">Where the original is kept, as its archival references give it; null when they name nothing.</param>
/// <param name="Permalink">Its permalink.</param>
/// <param name="VersionedPermalink">The permalink of the text the citation names.</param>
/// <param name="Citation">Its entry in the chosen bibliography style.</param>
public sealed record SelectedDocument(string Id, string Title, string DateText, string? Location, string Permalink, string VersionedPermalink, FormattedCitation Citation);

/// <summary>Everything <c>/selection</c> shows: the documents in the researcher's order, cited in one style, and what was not found.</summary>
/// <param name="List">The selection as the address gave it.</param>
/// <param name="Documents">The served documents of the list, in its order.</param>
/// <param name="NotFound">Ids of the list that no served document has, and what could not be an id at all.</param>
/// <param name="StyleKey">The bibliography style in effect.</param>
public sealed record SelectionPage(SelectionList List, IReadOnlyList<SelectedDocument> Documents, IReadOnlyList<string> NotFound, string StyleKey)
{
    /// <summary>The page of <paramref name="list"/> in style <paramref name="styleKey"/> (a key of <see cref="BibliographyStyle"/>), from one snapshot.</summary>
    public static SelectionPage Read(ArchiveSnapshot archive, SelectionList list, string styleKey, SiteIdentity site, DateOnly today)
    {
        var style = BibliographyStyle.Find(styleKey) ?? throw new ArgumentException($"There is no bibliography style '{styleKey}'.", nameof(styleKey));
        var (contexts, missing) = Contexts(archive, list, site, today);
        var documents = contexts.Select(c => new SelectedDocument(
            c.Document.Id,
            c.Document.Title,
            c.Document.DateText,
            CitationStyles.Location(c),
            site.Permalink(c.Document.Id),
            c.Permalink,
            style.Format(c))).ToArray();
        return new SelectionPage(list, documents, [.. list.Malformed, .. missing], style.Key);
    }

    /// <summary>
    /// The citation context of each served document of <paramref name="list"/>, in its order (one
    /// stored page each, at most <see cref="SelectionList.MaxIds"/>), and the ids no served document has.
    /// </summary>
    public static (IReadOnlyList<CitationContext> Contexts, IReadOnlyList<string> NotFound) Contexts(ArchiveSnapshot archive, SelectionList list, SiteIdentity site, DateOnly today)
    {
        var contexts = new List<CitationContext>(list.Count);
        var missing = new List<string>();
        foreach (var id in list.Ids)
        {
            if (CitationFiles.One(archive, id, site, today) is { } one)
            {
                contexts.Add(one.Context);
            }
            else
            {
                missing.Add(id);
            }
        }

        return (contexts, missing);
    }
}
