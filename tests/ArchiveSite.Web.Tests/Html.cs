using AngleSharp;
using AngleSharp.Dom;

namespace ArchiveSite.Web.Tests;

/// <summary>Fetches a page and parses it with a real HTML parser (AngleSharp).</summary>
internal static class Html
{
    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html));
        return (response, document);
    }

    public static string Text(this IElement? element) =>
        string.Join(' ', (element?.TextContent ?? "").Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
