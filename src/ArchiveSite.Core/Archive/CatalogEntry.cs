namespace ArchiveSite.Core.Archive;

/// <summary>What the site keeps in memory about each served record: enough for feeds, sitemaps and harvesting.</summary>
/// <param name="Id">The permalink id.</param>
/// <param name="Version">The current text's version.</param>
/// <param name="FirstSeen">When the site first served the current text (its OAI datestamp, its sitemap lastmod).</param>
/// <param name="Archives">The archives its references name.</param>
public sealed record CatalogEntry(string Id, string Version, DateTimeOffset FirstSeen, IReadOnlyList<string> Archives);
