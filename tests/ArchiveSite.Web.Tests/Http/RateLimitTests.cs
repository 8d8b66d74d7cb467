using System.Net;
using System.Text.Json;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Http;

namespace ArchiveSite.Web.Tests.Http;

/// <summary>Searches and exports are limited per client: past the burst, 429 with Retry-After and a page or problem that says so.</summary>
public sealed class RateLimitTests : IDisposable
{
    // Three at once, then one a minute: the fourth request inside a test is always refused.
    private readonly ArchiveSiteFactory _site = new()
    {
        Settings = new Dictionary<string, string>
        {
            ["RateLimits:Search:Burst"] = "3",
            ["RateLimits:Search:PerMinute"] = "1",
            ["RateLimits:Exports:Burst"] = "2",
            ["RateLimits:Exports:PerMinute"] = "1",
        },
    };

    [Fact]
    public async Task PastItsBurstASearchPageIs429WithRetryAfterAndThePageSaysHowLongToWait()
    {
        var client = _site.CreateClient();
        foreach (var q in new[] { "Stalin", "pilots", "Korea" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/search?q={q}")).StatusCode);
        }

        var (refused, page) = await Html.GetAsync(client, "/search?q=Manchuria");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var wait = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(wait);
        Assert.InRange(wait.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.Equal("Too many requests", page.QuerySelector("h1")?.TextContent);
        Assert.Contains($"Please wait {(int)wait.Value.TotalSeconds} seconds", page.QuerySelector(".lede").Text(), StringComparison.Ordinal);
        Assert.Equal("no-store", refused.Headers.CacheControl?.ToString());
        SecureResponse.AssertHeaders(refused);
    }

    [Fact]
    public async Task ThePageTheApiAndTheFacetListsShareOneBucketAndTheApiAnswersAProblem()
    {
        var client = _site.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=Stalin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/search?q=Stalin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search/facet/year?q=Stalin")).StatusCode);

        var refused = await client.GetAsync("/api/search?q=pilots");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Retry-After", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADocumentOpenedFromAResultListRunsItsSearchSoIsLimitedAndItsPermalinkNever()
    {
        var client = _site.CreateClient();
        foreach (var q in new[] { "Stalin", "pilots", "Korea" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/documents/112082?q={q}&n=1")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/documents/112082?q=Manchuria&n=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112082?q=Manchuria")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112079")).StatusCode);
    }

    [Fact]
    public async Task ExportsHaveABucketOfTheirOwnAndReadingIsNeverLimited()
    {
        var client = _site.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await client.GetAsync($"/search?q=word{i}");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/search?q=another")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112082/citation.bib")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search/citations.ris?q=Stalin")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/documents.jsonl")).StatusCode);
        foreach (var path in new[] { "/", "/documents/112082", "/api/documents/112082", "/sitemap.xml", "/feed.atom", "/oai?verb=Identify", "/css/site.css" })
        {
            Assert.True((await client.GetAsync(path)).StatusCode == HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task EachClientAddressHasItsOwnBucket()
    {
        async Task<int> SearchFrom(string address, string q) =>
            (await _site.Server.SendAsync(context =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                context.Request.Method = HttpMethods.Get;
                context.Request.Path = "/search";
                context.Request.QueryString = new QueryString($"?q={q}");
            })).Response.StatusCode;

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, await SearchFrom("203.0.113.7", $"first{i}"));
        }

        Assert.Equal(429, await SearchFrom("203.0.113.7", "first3"));
        Assert.Equal(200, await SearchFrom("203.0.113.8", "second"));
        Assert.Equal(429, await SearchFrom("::ffff:203.0.113.7", "mapped")); // the same IPv4 client
    }

    [Theory]
    [InlineData(null, "unknown")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("::1", "::/64")]
    public void AClientIsItsIPv4AddressOrItsIPv6Slash64(string? address, string key) =>
        Assert.Equal(key, RateLimits.ClientKey(address is null ? null : IPAddress.Parse(address)));

    [Theory]
    [InlineData(0.2, 1)]
    [InlineData(1.0, 1)]
    [InlineData(29.1, 30)]
    public void RetryAfterIsWholeSecondsRoundedUp(double seconds, int expected) =>
        Assert.Equal(expected, RateLimits.RetryAfterSeconds(TimeSpan.FromSeconds(seconds)));

    public void Dispose() => _site.Dispose();
}
