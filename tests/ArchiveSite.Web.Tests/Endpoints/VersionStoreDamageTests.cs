using System.Net;
using System.Text.Json;
using ArchiveSite.Core.Tests.Versions;
using Serilog.Events;

namespace ArchiveSite.Web.Tests.Endpoints;

/// <summary>
/// A site started on a damaged version store, on an index it reuses (so no record file is read):
/// the fault named in the log with its file, line and record; an earlier text that cannot be
/// repaired answering 410 with the other texts linked; the current text's damaged line repaired
/// from the record served now; and no page failing, then or after a restart.
/// </summary>
public sealed class VersionStoreDamageTests : IDisposable
{
    private readonly SeedFolder _seeds = new();

    private string Log => Path.Combine(_seeds.Versions, "versions.jsonl");

    private static async Task<string[]> VersionsOf(HttpClient client, string id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/documents/{id}"));
        return json.RootElement.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetString()!).ToArray();
    }

    private int LineOf(string id, string version) =>
        Array.FindIndex(File.ReadAllLines(Log), l => l.StartsWith($"{{\"id\":\"{id}\",\"version\":\"{version}\"", StringComparison.Ordinal)) + 1;

    private static bool Logged(LogEvent e, LogEventLevel level, params string[] parts) =>
        e.Level == level && parts.All(p => e.RenderMessage().Contains(p, StringComparison.Ordinal));

    [Fact]
    public async Task ADamagedStoreIsNamedRepairedWhereItCanBeAndNoPageFails()
    {
        // A store with an earlier text: 112082 corrected between two starts.
        using (var first = _seeds.SiteKeepingIndex())
        {
            first.CreateClient();
        }

        var file = _seeds.Seed("112082");
        File.WriteAllText(file, File.ReadAllText(file).Replace("after a delay", "after a long delay", StringComparison.Ordinal));
        string earlier, current, other;
        using (var second = _seeds.SiteKeepingIndex())
        {
            var client = second.CreateClient();
            (earlier, current) = await VersionsOf(client, "112082") is [var a, var b] ? (a, b) : throw new InvalidOperationException("112082 should have two texts");
            other = (await VersionsOf(client, "112079")).Single();
        }

        var (earlierLine, otherLine) = (LineOf("112082", earlier), LineOf("112079", other));
        StoreFiles.FlipLetter(Log, earlierLine);
        StoreFiles.FlipLetter(Log, otherLine);

        using var site = _seeds.SiteKeepingIndex();
        var client2 = site.CreateClient();

        Assert.True(await site.Logs.WaitForAsync(e => Logged(e, LogEventLevel.Warning, $"line {earlierLine} of {Log} (record 112082, version {earlier}) is damaged")));
        Assert.True(await site.Logs.WaitForAsync(e => Logged(e, LogEventLevel.Warning, $"line {otherLine} (record 112079, version {other}) repaired")));

        // Ready (every current page is served), and the store's damage said beside it.
        var ready = await client2.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("version store: 2 damaged lines, 1 of them with no good copy of the text", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var gone = await client2.GetAsync($"/documents/112082/v/{earlier}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var page = await gone.Content.ReadAsStringAsync();
        Assert.Contains("cannot be shown", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/documents/112082/v/{current}\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/documents/112082\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await client2.GetAsync($"/documents/112082/v/{earlier}/diff")).StatusCode);

        // Written again after the damaged line, which stays as it was.
        Assert.Equal(2, File.ReadAllLines(Log).Count(l => l.StartsWith($"{{\"id\":\"112079\",\"version\":\"{other}\"", StringComparison.Ordinal)));
        var repaired = await client2.GetAsync($"/documents/112079/v/{other}");
        Assert.Equal(HttpStatusCode.OK, repaired.StatusCode);
        Assert.Contains("Kim Il Sung", await repaired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await EveryOtherPageAnswers(client2, current);

        // After a restart: the repair is kept, and the loss still reported.
        site.Dispose();
        using var again = _seeds.SiteKeepingIndex();
        var client3 = again.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client3.GetAsync($"/documents/112079/v/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await client3.GetAsync($"/documents/112082/v/{earlier}")).StatusCode);
        Assert.Contains(again.Logs.Events, e => Logged(e, LogEventLevel.Warning, $"line {earlierLine} of {Log}", "No good copy"));
        Assert.Contains(again.Logs.Events, e => Logged(e, LogEventLevel.Information, $"line {otherLine} of {Log}", "A good copy of the same text is at line"));
        await EveryOtherPageAnswers(client3, current);
    }

    /// <summary>Every page of the site answers as it does over a sound store: the document pages, lists, feeds, harvesting, the API.</summary>
    private static async Task EveryOtherPageAnswers(HttpClient client, string current)
    {
        string[] more =
        [
            $"/documents/112082/v/{current}", $"/documents/112082/v/{current}/diff", "/documents/112082/citation.bib",
            "/oai?verb=ListRecords&metadataPrefix=oai_dc", "/sitemap.xml", "/feed.atom", "/api/documents/112082", "/api/documents/112079",
            "/documents.jsonl", "/readyz",
        ];
        foreach (var url in PageTypes.All.Where(row => (int)row[1] == 200).Select(row => (string)row[0]).Concat(more))
        {
            var response = await client.GetAsync(await PageTypes.ResolveAsync(client, url));
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        }
    }

    public void Dispose() => _seeds.Dispose();
}
