using System.Net;
using ArchiveSite.Web.Tests.Http;

namespace ArchiveSite.Web.Tests.Endpoints;

/// <summary>/healthz and /readyz on a site that is ready (the indexing notice's tests cover a site that is not).</summary>
public sealed class HealthTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Theory]
    [InlineData("/healthz", "alive\n")]
    [InlineData("/readyz", "ready: 2 records\n")]
    public async Task AReadySiteSaysSoUncachedWithItsHeaders(string path, string text)
    {
        var client = factory.CreateClient();

        var first = await client.GetAsync(path);
        var second = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("text/plain", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal(text, await first.Content.ReadAsStringAsync());
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        Assert.Null(first.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        SecureResponse.AssertHeaders(first);
    }

    [Fact]
    public async Task HealthChecksAreNeverRateLimited()
    {
        using var site = new ArchiveSiteFactory
        {
            Settings = new Dictionary<string, string> { ["RateLimits:Search:Burst"] = "1", ["RateLimits:Search:PerMinute"] = "1" },
        };
        var client = site.CreateClient();
        await client.GetAsync("/search?q=a");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/search?q=b")).StatusCode);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        }
    }
}
