using System.Globalization;
using System.Xml.Linq;
using ArchiveSite.Core.Reading;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// The Atom document of a feed of records (RFC 4287): the site's newest texts (<c>/feed.atom</c>) and
/// a search's (<c>/search/feed.atom?…</c>) are the same shape. Each entry's id is the versioned
/// permalink, so a corrected text is a new entry for a feed reader, and it links the permalink.
/// </summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed at <paramref name="self"/> (also its id) titled <paramref name="title"/>, whose page is <paramref name="alternate"/>.</summary>
    public static XDocument Of(string baseUrl, string siteName, string title, string self, string alternate, IReadOnlyList<FeedItem> items)
    {
        var updated = items.Count == 0 ? DateTimeOffset.UnixEpoch : items.Max(i => i.Entry.FirstSeen);
        return new XDocument(new XElement(Atom + "feed",
            new XElement(Atom + "id", self),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", W3CDate(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", siteName)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", self)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", alternate)),
            items.Select(i => new XElement(Atom + "entry",
                new XElement(Atom + "id", $"{SiteIdentity.Permalink(baseUrl, i.Entry.Id)}/v/{i.Entry.Version}"),
                new XElement(Atom + "title", i.Document.Title),
                new XElement(Atom + "updated", W3CDate(i.Entry.FirstSeen)),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", SiteIdentity.Permalink(baseUrl, i.Entry.Id))),
                new XElement(Atom + "summary", $"{i.Document.DateText}. {i.Document.Summary}")))));
    }

    /// <summary>An RFC 3339 time in UTC to the second, as Atom and sitemaps write it.</summary>
    public static string W3CDate(DateTimeOffset date) => date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
