using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using ArchiveSite.Core.Search.Querying;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>
/// Every hostile query and parameter, sent to every place a search is answered (the search page,
/// the API, the facet values page, the advanced search, the detail page's marking, the citation
/// export): each answers 200 with a sentence shown, or a 4xx, and never a 5xx. Each request is
/// guarded by <see cref="HangGuard"/> so a hang fails instead of stalling the suite (no timing is asserted).
/// </summary>
public sealed class HostileQueryTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    /// <summary>Hostile values of q, already percent-encoded where the raw form matters.</summary>
    public static TheoryData<string> Queries() =>
    [
        "%22Kim", "(pilots", "pilots)", "title:[A", "pilots]", "*pilots", "?ilots", "*:*", "_id:112082", "nosuchfield:pilots", "%22%22", "AND", "NOT", "-", "pilots AND", "OR pilots",
        "/pil.*/", "title:/pil.*/", "/(.*a){25}/", "and/or", "1950/51", "https://example.org/document/112082",
        "Manchuira~5", "Manchuira~99999999999", "Manchuira~0.5", "Manchuira~1.5", Uri.EscapeDataString(new string('a', 300) + "~2"),
        "a*", "t?????*", "x*a??????????????", "p*i*l*o*t*s*x*y*z", Uri.EscapeDataString(string.Join(' ', Enumerable.Range(0, 40).Select(i => $"pil{i}*"))),
        "title:[a TO z]", "title:[* TO *]", "title:{a TO *]", "date:[0 TO 99999]", "date:[-5 TO 1950]", "date:[1951 TO 1950]", "mentioned:[0001 TO 9999]", "mentioned:[* TO *]", "date:99999",
        new string('(', 300) + "pilots" + new string(')', 300), "pilots" + string.Concat(Enumerable.Repeat("+AND+NOT+x", 90)),
        Uri.EscapeDataString("\"pilots Korea\"~10000"), "pilots%5E1e30", "pilots%5E" + new string('9', 60), "pilots%5E",
        "%E2%80%8Fpilots%E2%80%8D", "pilots%CC%81%CC%81" + string.Concat(Enumerable.Repeat("%CC%81", 400)), "%ED%A0%80", "%F0%9F%98%80",
        "pilots%00", "%00", "%01%02%1B", "%C3%28", "%FF", "%FE%FF", "%", "%zz", "pilots%",
        Uri.EscapeDataString(new string('a', QueryLimits.MaxQueryLength + 1)),
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task TheSearchPageAnswersWithResultsOrASentence(string q)
    {
        var (status, page) = await GetPageAsync("/search?q=" + q);

        Assert.True(status is HttpStatusCode.OK || IsClientError(status), $"/search?q={q} answered {(int)status}");
        if (status == HttpStatusCode.OK)
        {
            Assert.True(page.Contains("class=\"error-message\"", StringComparison.Ordinal) || page.Contains("id=\"results-heading\"", StringComparison.Ordinal), $"/search?q={q} showed neither results nor a message");
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task TheApiAnswersResultsOrAProblemThatSaysWhy(string q)
    {
        using var response = await GetAsync("/api/search?q=" + q);

        Assert.True(response.StatusCode is HttpStatusCode.OK || IsClientError(response.StatusCode), $"/api/search?q={q} answered {(int)response.StatusCode}");
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task TheOtherPagesThatSearchNeverFail(string q)
    {
        foreach (var url in new[] { "/search/facet/year?q=", "/search/advanced?all=", "/search/advanced?phrase=", "/search/advanced?any=", "/search/advanced?none=pilots&person=", "/search/advanced?ref=", "/documents/112082?q=", "/search/citations.ris?q=" })
        {
            using var response = await GetAsync(url + q);

            Assert.True(response.StatusCode is HttpStatusCode.OK || IsClientError(response.StatusCode), $"{url}{q} answered {(int)response.StatusCode}");
        }
    }

    [Theory]
    [InlineData("/search?q=/pil.*/", "regular expressions")]
    [InlineData("/search?q=x*a??????????????", "has 15 wildcards")]
    [InlineData("/search?q=((((((((((((pilots))))))))))))", "nests parentheses more than 10 deep")]
    [InlineData("/search/facet/year?q=/pil.*/", "regular expressions")]
    [InlineData("/search?q=pilots&page=2147483647", "There is no page 2147483647")]
    [InlineData("/search?q=pilots&page=107374183", "There is no page 107374183")]
    [InlineData("/search?q=Manchuira~5", "manchuira~5 was searched as manchuira~2")]
    [InlineData("/search?q=pilots%5E99999999999999999999999999999999999999999999", "boost (^) over 100 was lowered")]
    [InlineData("/search?q=pilots&from=99999", "The &#x27;from&#x27; date &#x27;99999&#x27; is not a date")]
    [InlineData("/search?q=pilots&sort=relevance&sort=date", "documents found")]
    public async Task TheSentenceIsShownOnThePage(string url, string expected)
    {
        var (status, page) = await GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(expected, page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("page=2147483647")]
    [InlineData("page=107374183&pageSize=20")]
    [InlineData("page=99999999999999999999")]
    [InlineData("page=-1")]
    [InlineData("page=1&page=2")]
    [InlineData("pageSize=100000")]
    [InlineData("pageSize=-5")]
    [InlineData("pageSize=1e9")]
    [InlineData("q=pilots&q=Korea")]
    [InlineData("q[]=pilots&q[0]=Korea")]
    [InlineData("from=1950&from=1951&to=0")]
    [InlineData("from=-1950")]
    [InlineData("to=0000-01-01")]
    [InlineData("f.year=1950&f.year=" + "%FF")]
    [InlineData("f.nosuchfacet=1")]
    [InlineData("f.=x&f..=y")]
    [InlineData("sort=relevance&sort=nonsense")]
    [InlineData("sort=%00")]
    public async Task HostileParametersAnswerResultsOrAProblem(string query)
    {
        using var api = await GetAsync("/api/search?" + query);
        var (status, _) = await GetPageAsync("/search?" + query);
        using var facets = await GetAsync("/search/facet/year?" + query);
        using var browse = await GetAsync("/?" + query);

        foreach (var (what, answer) in new[] { ("api", api.StatusCode), ("search", status), ("facets", facets.StatusCode), ("browse", browse.StatusCode) })
        {
            Assert.True(answer is HttpStatusCode.OK || IsClientError(answer), $"{what}?{query} answered {(int)answer}");
        }
    }

    [Fact]
    public async Task TheApiCapsThePageSizeAndAHugePageIsEmpty()
    {
        using var response = await GetAsync("/api/search?q=pilots&page=2147483647&pageSize=100000");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(SearchRequest.MaxPageSize, body.RootElement.GetProperty("pageSize").GetInt32());
        Assert.Equal(0, body.RootElement.GetProperty("hits").GetArrayLength());
        Assert.Equal(2, body.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task AHundredKilobyteQueryIsRefusedWithItsLength()
    {
        var (status, page) = await GetPageAsync("/search?q=" + new string('a', 100_000));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("100,000 characters long; the limit is 1,000", page, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var cancel = new CancellationTokenSource(HangGuard);
        return await factory.CreateClient().GetAsync(url, cancel.Token);
    }

    private async Task<(HttpStatusCode Status, string Page)> GetPageAsync(string url)
    {
        using var response = await GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    internal static bool IsClientError(HttpStatusCode status) => (int)status is >= 400 and < 500;
}

/// <summary>
/// What reaches the site through Kestrel, as in production, byte for byte: request lines the
/// in-memory test server never sees (invalid percent-encoding, raw bytes that are not UTF-8, a
/// 100 kB query past Kestrel's request-line limit). Each answers a 4xx or a 200, never a 5xx.
/// </summary>
public sealed class RawRequestTests : IClassFixture<RawRequestTests.KestrelSite>
{
    private readonly KestrelSite _site;

    public RawRequestTests(KestrelSite site) => _site = site;

    public static TheoryData<string> Targets() =>
    [
        "/search?q=%C3%28", "/search?q=%FF", "/search?q=%", "/search?q=%zz%", "/search?q=%00", "/search?q=pilots%00&f.year=%C0%AF",
        "/api/search?q=%C3%28", "/api/search?q=%ED%A0%80", "/search/facet/year?q=%FF%FE", "/search%00", "/search/facet/%FF?q=pilots", "/documents/%00?q=pilots",
    ];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task InvalidPercentEncodingAnswersWithoutAServerError(string target)
    {
        var status = await _site.SendAsync(Encoding.ASCII.GetBytes(target));

        Assert.True(status is 200 or (>= 400 and < 500), $"{target} answered {status}");
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0x00 })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    public async Task RawBytesThatAreNotUtf8AnswerAClientError(byte[] bytes)
    {
        var status = await _site.SendAsync([.. "/search?q=pilots"u8, .. bytes]);

        Assert.InRange(status, 400, 499);
    }

    [Fact]
    public async Task AHundredKilobyteRequestLineIsRefusedByKestrel()
    {
        var status = await _site.SendAsync(Encoding.ASCII.GetBytes("/search?q=" + new string('a', 100_000)));

        Assert.Equal(414, status);
    }

    /// <summary>The site on Kestrel on a free loopback port, spoken to over a raw socket.</summary>
    public sealed class KestrelSite : IDisposable
    {
        private readonly ArchiveSiteFactory _factory = new();
        private readonly Uri _address;

        public KestrelSite()
        {
            _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            _factory.StartServer();
            _address = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        }

        /// <summary>Sends GET with exactly <paramref name="target"/> as the request target; the status code answered.</summary>
        public async Task<int> SendAsync(byte[] target)
        {
            using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var client = new TcpClient();
            await client.ConnectAsync(_address.Host, _address.Port, cancel.Token);
            var stream = client.GetStream();
            await stream.WriteAsync((byte[])[.. "GET "u8, .. target, .. " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"u8], cancel.Token);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            var statusLine = await reader.ReadLineAsync(cancel.Token) ?? "";
            return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        public void Dispose() => _factory.Dispose();
    }
}
