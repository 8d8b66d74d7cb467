using System.Text.Json;

namespace ArchiveSite.Web.Tests;

/// <summary>
/// One address of every kind of page the site serves over the seeds, with the status it answers:
/// the list the accessibility, structure and validity checks walk, so a new page type is added once.
/// <c>{version}</c> stands for the current version of document 112082, found through the API,
/// because a versioned permalink is a hash of the text.
/// </summary>
public static class PageTypes
{
    public const string VersionToken = "{version}";

    /// <summary>Stands for today's date (UTC): a search pinned to today, which a site started today can answer.</summary>
    public const string TodayToken = "{today}";

    public static TheoryData<string, int> All => new()
    {
        { "/", 200 },
        { "/?page=9", 200 },
        { "/?f.year=1950&f.language=Russian", 200 },
        { "/?f.month=1950-11", 200 },
        { "/search", 200 },
        { "/search?q=pilots", 200 },
        { "/search?q=Kim+Il+Sung&from=1950-11-01&sort=date", 200 },
        { "/search?from=1950-11-01&to=1950-11-30", 200 },
        { "/search?q=pilots&sort=archival", 200 },
        { "/search?q=%22unclosed", 200 },
        { "/search?q=Shtykv", 200 },
        { "/search?q=zeppelin", 200 },
        { "/search/help", 200 },
        { "/search/advanced", 200 },
        { "/search/advanced?none=Manchuria", 200 },
        { "/search/facet/sender", 200 },
        { "/search/facet/year?facet.sort=index", 200 },
        { "/documents/112082", 200 },
        { "/documents/112079", 200 },
        { "/documents/112079?q=Kim+Il+Sung+pilots", 200 },
        { "/documents/112082/thread", 200 },
        { $"/documents/112082/v/{VersionToken}", 200 },
        { $"/documents/112082/v/{VersionToken}/diff", 200 },
        { "/search/kwic", 200 },
        { "/search/kwic?q=pilots", 200 },
        { "/search/kwic?q=%22unclosed", 200 },
        { "/search?q=pilots&sel=112082", 200 },
        { "/documents/112082?sel=112079,112082", 200 },
        { "/selection", 200 },
        { "/selection?ids=112082,112079,no-such-document", 200 },
        { "/selection?ids=112079,112082&style=apa", 200 },
        { "/selection?ids=112082&style=harvard", 400 },
        { "/documents/112079?q=pilots&n=2", 200 },
        { "/documents/112082?q=pilots&sort=date&n=9", 200 },
        { "/collections", 200 },
        { "/collections/aprf-fond-45", 200 },
        { "/collections/aprf-fond-45?page=9", 200 },
        { "/collections/no-such-collection", 404 },
        { "/people", 200 },
        { "/people?sort=documents&letter=S", 200 },
        { "/people/stalin", 200 },
        { "/people?sort=popularity", 400 },
        { "/people/no_such_person", 404 },
        { "/quote", 200 },
        { "/quote?text=I+hope+that+you%2C+comrade+Stalin%2C+will+assist+us+...+of+these+questions.+With+respect+Kim+II+Sung", 200 },
        { "/quote?text=two+words", 400 },
        { "/correspondence/kim_il_sung/stalin", 200 },
        { "/correspondence/stalin/no_such_person", 404 },
        { "/correspondence/stalin/stalin", 400 },
        { $"/search?q=pilots&as-of={TodayToken}", 200 },
        { $"/search/changes?q=pilots&as-of={TodayToken}", 200 },
        { "/search?q=pilots&as-of=not-a-date", 400 },
        { "/search/changes?q=pilots", 400 },
        { "/documents/no-such-document", 404 },
        { "/documents/no-such-document/thread", 404 },
        { "/no/such/page", 404 },
        { "/__test/throw", 500 },
    };

    /// <summary>The address with <c>{version}</c> replaced by the version the site serves now.</summary>
    public static Task<string> ResolveAsync(HttpClient client, string url) => ResolveAsync(client.GetStringAsync, url);

    /// <summary>The same, reading the API with whatever client the caller has (a browser's, say).</summary>
    public static async Task<string> ResolveAsync(Func<string, Task<string>> getString, string url)
    {
        url = url.Replace(TodayToken, DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        if (!url.Contains(VersionToken, StringComparison.Ordinal))
        {
            return url;
        }

        using var json = JsonDocument.Parse(await getString("/api/documents/112082"));
        return url.Replace(VersionToken, json.RootElement.GetProperty("version").GetString(), StringComparison.Ordinal);
    }
}
