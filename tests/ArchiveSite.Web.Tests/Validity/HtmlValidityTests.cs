using System.Globalization;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Versions;
using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace ArchiveSite.Web.Tests.Validity;

/// <summary>
/// Every page type, and the stylesheet, pass the Nu Html Checker: no error, no warning, and no info
/// message but the one <see cref="Tolerated"/> names. The fixture fetches every page and runs the
/// checker once over all of them (the JVM's start takes seconds); each case then names its page.
/// </summary>
public sealed class HtmlValidityTests(HtmlValidityTests.CheckedPages pages) : IClassFixture<HtmlValidityTests.CheckedPages>
{
    /// <summary>
    /// The pages, by the address asked for, with the status each answers: every page type of
    /// <see cref="PageTypes.All"/>, then what only this check's sites have: a Markdown record, an
    /// {earlier} version of 112082 (its text changes between two starts of the site), a refused
    /// "POST /" (405), a search past the rate limit (429), the pages of
    /// <see cref="ManyYearsSiteFactory"/>, and the 410 pages of that earlier version once its line
    /// in the version store is damaged.
    /// </summary>
    private static readonly (string Page, HttpStatusCode Status)[] Pages =
    [
        .. PageTypes.All.Select(row => ((string)row[0], (HttpStatusCode)(int)row[1])),
        ("/?page=2", HttpStatusCode.OK),
        ("/search?q=xylophone", HttpStatusCode.OK),
        ("/search/facet/sender?q=pilots&facet.sort=index", HttpStatusCode.OK),
        ("/documents/" + MarkdownRecordId, HttpStatusCode.OK),
        ("/documents/112082/v/{earlier}", HttpStatusCode.OK),
        ("/documents/112082/v/{earlier}/diff", HttpStatusCode.OK),
        ("/search?q=pilots+OR+Markdown&as-of={yesterday}", HttpStatusCode.OK),
        ("/search/changes?q=pilots+OR+Markdown&as-of={yesterday}", HttpStatusCode.OK),
        ("POST /", HttpStatusCode.MethodNotAllowed),
        ("/search?q=Manchuria past the rate limit", HttpStatusCode.TooManyRequests),
        (ManyYears + "/", HttpStatusCode.OK),
        (ManyYears + "/search?q=pilots", HttpStatusCode.OK),
        (ManyYears + "/search?q=pilots&page=2", HttpStatusCode.OK),
        (ManyYears + "/search/facet/year?facet.sort=count", HttpStatusCode.OK),
        (FrusLists + "/people/khrushchev_nikita", HttpStatusCode.OK),
        (FrusLists + "/people/the-department-of-state", HttpStatusCode.OK),
        (FrusLists + "/people?letter=K", HttpStatusCode.OK),
        (FrusLists + "/documents/frus1955-57v02-d7", HttpStatusCode.OK),
        (DamagedStore + "/documents/112082/v/{earlier}", HttpStatusCode.Gone),
        (DamagedStore + "/documents/112082/v/{earlier}/diff", HttpStatusCode.Gone),
    ];

    /// <summary>Marks a page of a site whose version store holds the {earlier} text of 112082 only damaged (asked for last, after every other page).</summary>
    private const string DamagedStore = "[damaged store] ";

    /// <summary>Marks a page of the FRUS slice with its volumes' lists: a listed person's volumes, a correspondent's page, abbreviations explained.</summary>
    private const string FrusLists = "[FRUS lists] ";

    /// <summary>Marks a page of the site with a report a year for twenty years: year timeline, pager, long facet lists.</summary>
    private const string ManyYears = "[twenty years] ";

    private const string Stylesheet = "/css/site.css";

    private const string MarkdownRecordId = "900001";

    /// <summary>A record in the Markdown variant with every construct the renderer allows: the seeds are plain text.</summary>
    private const string MarkdownRecord = $$"""
        **November 21, 1950**  
        **Telegram about pilots, in Markdown**

        **Citation:**

        "Telegram about pilots, in Markdown," November 21, 1950, Test Archive, APRF, Fond 45, Opis 1, Delo 347, Listy 2  
        <https://example.org/document/{{MarkdownRecordId}}>

        **Summary:**

        A record written in Markdown.

        **Original Language:**

        Russian

        **Contents:**

        - English Translation

        ## The pilots

        The pilots were trained,[^1] as **the report** says, and *quickly*.  
        After a hard line break, [a link](https://example.org/), an autolink <https://example.org/> and `code`.

        > A quotation from the telegram.

        | Regiment | Pilots |
        |---|--:|
        | 1st | 40 |

        ```
        fenced code
        ```

        - one
        - two

        ---

        ![an image](https://example.org/image.png)

        [^1]: A footnote.
        """;

    // Known-bad documents checked in the same run, to prove the checker reads what it is given.
    private const string BadPage = "a page with a misnested div";
    private const string BadStylesheet = "a stylesheet with a misspelt property.css";

    /// <summary>
    /// Info messages (neither errors nor warnings) allowed through. Markdig, which renders Markdown
    /// record bodies, writes void elements XHTML-style (<c>&lt;br /&gt;</c> for a hard line break):
    /// valid HTML, and the unquoted attribute values the message warns about never occur, as Markdig
    /// quotes every attribute. Changing it would mean replacing Markdig's renderers in Core.
    /// </summary>
    private static readonly string[] Tolerated =
    [
        "Trailing slash on void elements has no effect and interacts badly with unquoted attribute values.",
    ];

    public static TheoryData<string> PageNames()
    {
        var data = new TheoryData<string>();
        foreach (var (page, _) in Pages)
        {
            data.Add(page);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PageNames))]
    public void ThePageIsValidHtml(string page)
    {
        Assert.Equal(Pages.Single(p => p.Page == page).Status, pages.Statuses[page]);
        AssertNoMessage(page);
    }

    [Fact]
    public void TheStylesheetIsValidCss() => AssertNoMessage(Stylesheet);

    [Fact]
    public void TheMarkdownRecordIsCheckedWithEveryConstructRendered()
    {
        var page = pages.Documents["/documents/" + MarkdownRecordId];
        foreach (var element in new[] { "<h2", "<table", "<blockquote", "<ul", "<pre", "<hr", "<img", "<br", "class=\"footnotes\"" })
        {
            Assert.Contains(element, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheLongResultListIsCheckedWithItsPager()
    {
        Assert.Contains("rel=\"next\"", pages.Documents[ManyYears + "/search?q=pilots"], StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", pages.Documents[ManyYears + "/search?q=pilots&page=2"], StringComparison.Ordinal);
    }

    [Fact]
    public void TheCheckerFindsTheErrorsOfKnownBadDocuments()
    {
        Assert.Contains(pages.Messages[BadPage], m => m.Type == "error" && m.Text.Contains("“p”", StringComparison.Ordinal));
        Assert.Contains(pages.Messages[BadStylesheet], m => m.Type == "error" && m.Text.Contains("colr", StringComparison.Ordinal));
    }

    private void AssertNoMessage(string document)
    {
        var messages = pages.Messages[document].Where(m => !(m.Type == "info" && Tolerated.Contains(m.Text))).ToList();
        Assert.True(messages.Count == 0, $"The Nu Html Checker on {document}:\n{string.Join("\n", messages)}");
    }

    /// <summary>Every page fetched, and the checker's messages on each.</summary>
    public sealed class CheckedPages : IAsyncLifetime
    {
        private readonly SeedFolder _seeds = new();
        private ArchiveSiteFactory? _damaged;

        public Dictionary<string, HttpStatusCode> Statuses { get; } = new(StringComparer.Ordinal);

        /// <summary>Every document checked, by name.</summary>
        public Dictionary<string, string> Documents { get; } = new(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, IReadOnlyList<NuHtmlChecker.Message>> Messages { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            // The seeds' texts first served two days ago, so that a search pinned to yesterday has
            // what changed since to show: 112082 corrected and the Markdown record added.
            VersionStore.Open(_seeds.Versions).Record(DocumentLoader.Load(_seeds.Documents).Documents, DateTimeOffset.UtcNow.AddDays(-2));
            string earlier;
            using (var first = _seeds.Site())
            {
                earlier = await VersionOf(first.CreateClient());
            }

            // One word added and one removed: the diff shows both an insertion and a deletion.
            var seed = _seeds.Seed("112082");
            File.WriteAllText(seed, File.ReadAllText(seed).Replace("after a delay which was the fault", "after a long delay which was fault", StringComparison.Ordinal));

            File.WriteAllText(Path.Combine(_seeds.Documents, "markdown.md"), MarkdownRecord);
            using var site = _seeds.Site();
            using var limited = new ArchiveSiteFactory
            {
                Settings = new Dictionary<string, string> { ["RateLimits:Search:Burst"] = "1", ["RateLimits:Search:PerMinute"] = "1" },
            };
            using var manyYears = new ManyYearsSiteFactory();
            using var frusLists = new FrusListsSiteFactory();
            var client = site.CreateClient();
            var current = await VersionOf(client);

            foreach (var (page, _) in Pages)
            {
                using var response = page switch
                {
                    "POST /" => await client.PostAsync("/", new StringContent("")),
                    _ when page.EndsWith(" past the rate limit", StringComparison.Ordinal) => await PastTheLimit(limited.CreateClient(), page[..page.IndexOf(' ', StringComparison.Ordinal)]),
                    _ when page.StartsWith(ManyYears, StringComparison.Ordinal) => await manyYears.CreateClient().GetAsync(page[ManyYears.Length..]),
                    _ when page.StartsWith(FrusLists, StringComparison.Ordinal) => await frusLists.CreateClient().GetAsync(page[FrusLists.Length..]),
                    _ when page.StartsWith(DamagedStore, StringComparison.Ordinal) => await DamagedStoreSite(earlier).CreateClient().GetAsync(page[DamagedStore.Length..].Replace("{earlier}", earlier, StringComparison.Ordinal)),
                    _ => await client.GetAsync(page.Replace("{earlier}", earlier, StringComparison.Ordinal).Replace(PageTypes.VersionToken, current, StringComparison.Ordinal)
                        .Replace(PageTypes.TodayToken, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
                        .Replace("{yesterday}", DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)),
                };
                Statuses[page] = response.StatusCode;
                Documents[page] = await response.Content.ReadAsStringAsync();
            }

            Documents[Stylesheet] = await client.GetStringAsync(Stylesheet);
            Documents[BadPage] = "<!DOCTYPE html><html lang=\"en\"><head><title>Bad</title></head><body><p>Text<div>block</div></p></body></html>";
            Documents[BadStylesheet] = "p { colr: red; }";

            var clock = Stopwatch.StartNew();
            Messages = NuHtmlChecker.Check(Documents);
            Console.WriteLine($"The Nu Html Checker read {Documents.Count} documents in {clock.Elapsed.TotalSeconds:F1} s.");
        }

        public Task DisposeAsync()
        {
            _damaged?.Dispose();
            _seeds.Dispose();
            return Task.CompletedTask;
        }

        /// <summary>A site on the same store, once the line of the {earlier} text of 112082 is damaged.</summary>
        private ArchiveSiteFactory DamagedStoreSite(string earlier)
        {
            if (_damaged is null)
            {
                var log = Path.Combine(_seeds.Versions, "versions.jsonl");
                var line = Array.FindIndex(File.ReadAllLines(log), l => l.StartsWith($"{{\"id\":\"112082\",\"version\":\"{earlier}\"", StringComparison.Ordinal)) + 1;
                Core.Tests.Versions.StoreFiles.FlipLetter(log, line);
                _damaged = _seeds.Site();
            }

            return _damaged;
        }

        private static async Task<string> VersionOf(HttpClient client) =>
            JsonDocument.Parse(await client.GetStringAsync("/api/documents/112082")).RootElement.GetProperty("version").GetString()!;

        /// <summary>The answer to a search asked for once more than the limit allows.</summary>
        private static async Task<HttpResponseMessage> PastTheLimit(HttpClient client, string url)
        {
            (await client.GetAsync("/search?q=pilots")).Dispose();
            return await client.GetAsync(url);
        }
    }
}
