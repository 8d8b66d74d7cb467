namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// The site over the seeds and one hostile Markdown record, in Chromium: a record whose title,
/// citation, summary, language and body carry script tags, event handlers, javascript: and data:
/// links and raw HTML blocks, and queries that do the same, reflected in the search box, the
/// messages, the spelling suggestion, the filters and the detail page's find box. Every payload
/// would set <c>window.pwned</c> (no underscores: the header parser drops <c>__</c>) or open a dialog; none may, with the Content-Security-Policy
/// ignored (the encoding alone holds) and with it (nothing even tries to run).
/// </summary>
public sealed class HostileRecordBrowserTests(HostileRecordBrowserTests.Fixture browser) : IClassFixture<HostileRecordBrowserTests.Fixture>
{
    private const string Id = "hostile-record";

    private const string TitlePayload = "<script>window.pwned='title'</script><img src=x onerror=\"window.pwned='title-img'\">";

    private const string CitationPayload = "<script>alert('citation')</script>";

    private const string SummaryPayload = "<svg onload=\"window.pwned='summary'\"></svg></p><script>alert('summary')</script>";

    private const string Record = $$"""
        **November 20, 1950**  
        **{{TitlePayload}} Telegram about pilots**

        **Citation:**

        “{{CitationPayload}} Telegram about pilots,” November 20, 1950, Test Archive <img src=x onerror=alert('archive')>, APRF, Fond 45, Opis 1, Delo 347, Listy 1  
        <https://example.org/document/{{Id}}>

        **Summary:**

        {{SummaryPayload}} The pilots & their "training".

        **Original Language:**

        Russian<script>alert('language')</script>

        **Contents:**

        - English Translation

        The pilots were trained. <script>window.pwned='body'</script>

        <div onmouseover="window.pwned='div'">A raw HTML block</div>

        <img src=x onerror="window.pwned='body-img'">

        <iframe src="javascript:alert('iframe')"></iframe>

        [a javascript link](javascript:window.pwned='link') and [a data link](data:text/html,<script>alert('data')</script>)

        An autolink <javascript:alert('autolink')> and [a reference link][evil].

        ![an image](javascript:alert('image'))

        [A spaced link](  JaVaScRiPt:alert('case'))

        `<script>alert('code')</script>`

        [evil]: javascript:alert('reference')
        """;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheHostileRecordRunsNothingAndShowsItsTextAsWritten(bool bypassCsp)
    {
        var watched = await WatchedPage.OpenAsync(browser, bypassCsp);
        var page = watched.Page;

        var response = await page.GotoAsync($"/documents/{Id}");

        Assert.Equal(200, response!.Status);
        await AssertNothingRanAsync(watched, bypassCsp);
        Assert.Equal($"{TitlePayload} Telegram about pilots", await page.Locator("h1").TextContentAsync());
        Assert.Contains(CitationPayload, await page.Locator(".citation-text").TextContentAsync(), StringComparison.Ordinal);
        Assert.Contains($"{SummaryPayload} The pilots & their \"training\".", await page.Locator(".summary p").TextContentAsync(), StringComparison.Ordinal);
        var body = await page.Locator(".body").TextContentAsync();
        Assert.Contains("<div onmouseover=\"window.pwned='div'\">A raw HTML block</div>", body, StringComparison.Ordinal);
        Assert.Contains("<javascript:alert('autolink')>", body, StringComparison.Ordinal);
        Assert.Contains("<script>alert('code')</script>", body, StringComparison.Ordinal);
        // Hover and click every link of the text: none does anything.
        foreach (var link in await page.Locator(".body a").AllAsync())
        {
            await link.HoverAsync();
        }

        await page.Locator(".body div, .body p").First.HoverAsync();
        // No element the record could run anything through: scripts, frames, SVG, event handlers.
        var active = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('main *')].filter(e => ['SCRIPT', 'IFRAME', 'svg', 'OBJECT', 'EMBED'].includes(e.tagName) || [...e.attributes].some(a => a.name.startsWith('on'))).map(e => e.outerHTML)");
        Assert.Empty(active);
        // No link or image address with a scheme that runs (the Markdown image's is emptied, so it shows its alt text).
        var addresses = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('[href], [src]')].map(e => e.getAttribute('href') ?? e.getAttribute('src'))");
        Assert.DoesNotContain(addresses, a => a.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || a.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        await AssertNothingRanAsync(watched, bypassCsp);
    }

    [Theory]
    [InlineData("/search?q={0}", true)]
    [InlineData("/search?q=pilots&from={0}", false)]
    [InlineData("/search?q=pilots&f.year={0}", false)]
    [InlineData("/search?q=pilots&sort={0}", false)]
    [InlineData("/search?q=Manchuira+{0}", true)]
    [InlineData("/search/facet/year?q={0}", false)]
    [InlineData("/search/facet/{0}?q=pilots", false)]
    [InlineData("/search/advanced?none={0}", false)]
    [InlineData("/?f.sender={0}", false)]
    [InlineData("/documents/hostile-record?q={0}", false)]
    [InlineData("/documents/112082?q=pilots+{0}", false)]
    [InlineData("/api/search?q={0}", false)]
    public async Task AHostileQueryIsShownAsTextAndRunsNothing(string template, bool inTheSearchBox)
    {
        const string query = "\"><script>window.pwned='q'</script><img src=x onerror=alert('q')>";
        foreach (var bypassCsp in new[] { true, false })
        {
            var watched = await WatchedPage.OpenAsync(browser, bypassCsp);

            await watched.Page.GotoAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(query)));

            await AssertNothingRanAsync(watched, bypassCsp);
            if (inTheSearchBox)
            {
                Assert.EndsWith(query, await watched.Page.Locator("#q").InputValueAsync(), StringComparison.Ordinal);
            }
        }
    }

    private static async Task AssertNothingRanAsync(WatchedPage watched, bool bypassCsp)
    {
        Assert.Equal("undefined", await watched.Page.EvaluateAsync<string>("() => typeof window.pwned"));
        // A 404 or 400 for a hostile facet or sort is fine; a dialog or an error is not.
        Assert.True(watched.Problems.Count == 0, string.Join("\n", watched.Problems));
        if (!bypassCsp)
        {
            // With the policy on, nothing even tried to run: no inline script or handler reached the page.
            var violations = await watched.ViolationsAsync();
            Assert.True(violations.Length == 0, string.Join("\n", violations));
        }
    }

    /// <summary>Chromium and the site over the seeds and the hostile record.</summary>
    public sealed class Fixture() : BrowserFixture(new HostileSite());

    private sealed class HostileSite : ArchiveSiteFactory
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "archivesite-hostile-" + Guid.NewGuid().ToString("N"));

        public HostileSite()
        {
            Directory.CreateDirectory(_folder);
            foreach (var seed in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
            {
                File.Copy(seed, Path.Combine(_folder, Path.GetFileName(seed)));
            }

            File.WriteAllText(Path.Combine(_folder, "hostile.md"), Record);
            DocumentsPath = _folder;
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
    }
}
