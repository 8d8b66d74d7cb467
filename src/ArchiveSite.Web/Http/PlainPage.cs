using System.Net;

namespace ArchiveSite.Web.Http;

/// <summary>
/// A short page in the site's stylesheet but without its layout, for answers given before a Razor
/// page can be: the indexing notice (no catalogue yet) and 405 (a re-executed status page would be
/// asked for with the refused method). Everything in it is encoded; nothing comes from the request.
/// </summary>
public static class PlainPage
{
    /// <summary>The page: a heading, a status line (announced to screen readers) and an explanation.</summary>
    public static string Html(string title, string heading, string status, string explanation) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="robots" content="noindex">
        <title>{{WebUtility.HtmlEncode(title)}} · ArchiveSite</title>
        <link rel="stylesheet" href="/css/site.css">
        </head>
        <body>
        <main id="main">
        <h1>{{WebUtility.HtmlEncode(heading)}}</h1>
        <p role="status">{{WebUtility.HtmlEncode(status)}}</p>
        <p>{{WebUtility.HtmlEncode(explanation)}}</p>
        </main>
        </body>
        </html>
        """;
}
