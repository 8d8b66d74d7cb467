using System.Net;

namespace ArchiveSite.Web.Http;

/// <summary>
/// The site's skip link and header (its name, navigation and quick search), written once for the
/// Razor layout and for the pages answered before Razor can be (<see cref="PlainPage"/>: indexing,
/// repair, 405), so a researcher meets the same header on every page the site gives.
/// </summary>
public static class SiteHeader
{
    /// <summary>
    /// The header's HTML; <paramref name="query"/> (encoded) fills the quick search, which
    /// <paramref name="quickSearch"/> false leaves out. <paramref name="navItem"/> and
    /// <paramref name="searchField"/> are HTML the caller has encoded (the layout's selection link
    /// and the selection a search carries on); the pages answered before Razor have neither.
    /// </summary>
    public static string Html(string? query, bool quickSearch = true, string navItem = "", string searchField = "")
    {
        var search = quickSearch
            ? $$"""

                        <form class="quick-search" role="search" aria-label="Quick search" action="/search" method="get">
                            <label for="quick-q" class="visually-hidden">Search the archive</label>
                            <input id="quick-q" name="q" type="search" placeholder="Search the archive" value="{{WebUtility.HtmlEncode(query)}}">{{searchField}}
                            <button type="submit">Search</button>
                        </form>
                """
            : "";
        return $$"""
            <a class="skip-link" href="#main">Skip to content</a>
                <header class="site-header">
                    <div class="wrap">
                        <a class="site-name" href="/">ArchiveSite</a>
                        <nav aria-label="Site">
                            <ul>
                                <li><a href="/">Browse</a></li>
                                <li><a href="/search">Search</a></li>
                                <li><a href="/collections">Collections</a></li>
                                <li><a href="/people">People</a></li>
                                <li><a href="/search/help">Search help</a></li>{{navItem}}
                            </ul>
                        </nav>{{search}}
                    </div>
                </header>
            """;
    }

    /// <summary>The footer's HTML.</summary>
    public const string Footer = """
        <footer class="site-footer">
                <div class="wrap">
                    <p>ArchiveSite: a read-only archive of historical documents. Records are reproduced as their sources give them.</p>
                </div>
            </footer>
        """;
}
