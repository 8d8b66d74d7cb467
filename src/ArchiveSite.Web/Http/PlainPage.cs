using System.Globalization;
using System.Net;

namespace ArchiveSite.Web.Http;

/// <summary>
/// A short page for answers given before a Razor page can be: the indexing and repair notices (no
/// catalogue yet) and 405 (a re-executed status page would be asked for with the refused method).
/// It has the site's header, margins and footer (<see cref="SiteHeader"/>), like every other page.
/// Everything in it is encoded; nothing comes from the request but what the caller encodes here.
/// </summary>
public static class PlainPage
{
    /// <summary>
    /// The page: a heading, a status line (announced to screen readers) and an explanation. With
    /// <paramref name="refreshSeconds"/>, it reloads itself after that many seconds (a meta refresh:
    /// no script), so a notice of work in progress follows the work.
    /// </summary>
    public static string Html(string title, string heading, string status, string explanation, int? refreshSeconds = null)
    {
        var refresh = refreshSeconds is { } seconds
            ? string.Create(CultureInfo.InvariantCulture, $"""

                <meta http-equiv="refresh" content="{seconds}">
                """)
            : "";
        return $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex">{{refresh}}
                <title>{{WebUtility.HtmlEncode(title)}} · ArchiveSite</title>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml">
                <link rel="stylesheet" href="/css/site.css">
            </head>
            <body>
                {{SiteHeader.Html(null)}}
                <main id="main" class="wrap" tabindex="-1">
                    <h1>{{WebUtility.HtmlEncode(heading)}}</h1>
                    <p role="status">{{WebUtility.HtmlEncode(status)}}</p>
                    <p>{{WebUtility.HtmlEncode(explanation)}}</p>
                </main>
                {{SiteHeader.Footer}}
            </body>
            </html>
            """;
    }
}
