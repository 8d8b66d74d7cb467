using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ArchiveSite.Web.Tests.Http;

/// <summary>The security headers on every kind of response, HSTS over HTTPS only, and no server banner.</summary>
public sealed class SecurityHeadersTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Theory]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/search?q=Stalin", HttpStatusCode.OK)]
    [InlineData("/documents/112082", HttpStatusCode.OK)]
    [InlineData("/documents/112082/citation.bib", HttpStatusCode.OK)]
    [InlineData("/api/documents/112082", HttpStatusCode.OK)]
    [InlineData("/api/documents/no-such-record", HttpStatusCode.NotFound)]
    [InlineData("/oai?verb=Identify", HttpStatusCode.OK)]
    [InlineData("/robots.txt", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/js/copy.js", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/__test/throw", HttpStatusCode.InternalServerError)]
    public async Task EveryResponseCarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        SecureResponse.AssertHeaders(response);
    }

    [Fact]
    public async Task ACachedPageIsReplayedWithTheHeaders()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/search?q=pilots&sort=date");

        var again = await client.GetAsync("/search?q=pilots&sort=date");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        SecureResponse.AssertHeaders(again);
    }

    [Theory]
    [InlineData("/documents/112082", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    [InlineData("/__test/throw", HttpStatusCode.InternalServerError)]
    public async Task OverHttpsEveryResponseAsksForHttpsForAYear(string url, HttpStatusCode status)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://archive.example.org") });

        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("max-age=31536000", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task OverPlainHttpThereIsNoHsts()
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://archive.example.org") });

        var response = await client.GetAsync("/documents/112082");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task KestrelSendsNoServerBannerAndNoHstsOnLoopback()
    {
        using var site = new ArchiveSiteFactory();
        using var client = new HttpClient { BaseAddress = new Uri(site.StartKestrel()) };

        var response = await client.GetAsync("/documents/112082");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        SecureResponse.AssertHeaders(response);
    }
}
