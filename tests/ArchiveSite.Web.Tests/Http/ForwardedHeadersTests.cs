using System.Net;
using ArchiveSite.Web.Http;
using Microsoft.AspNetCore.Http;

namespace ArchiveSite.Web.Tests.Http;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed from the configured proxies only: from them
/// each visitor has a bucket of its own and HTTPS gets HSTS; from anyone else, loopback included,
/// the headers change nothing. A malformed proxy or network stops the start, naming it.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "127.0.0.1";

    private int _searches;

    [Fact]
    public async Task WithNoProxyConfiguredAForwardedAddressDoesNotChooseTheBucket()
    {
        using var site = Site();

        // From loopback, which ASP.NET Core's own defaults would believe.
        Assert.Equal(200, await SearchAsync(site, Proxy, "198.51.100.1"));
        Assert.Equal(429, await SearchAsync(site, Proxy, "198.51.100.2"));
    }

    [Fact]
    public async Task WithNoProxyConfiguredAForwardedHttpsGetsNoHsts()
    {
        using var site = Site();

        Assert.False(await HstsAsync(site, Proxy));
    }

    [Fact]
    public async Task FromAConfiguredProxyEachForwardedClientHasItsOwnBucket()
    {
        using var site = Site(("ForwardedHeaders:KnownProxies:0", Proxy));

        Assert.Equal(200, await SearchAsync(site, Proxy, "198.51.100.1"));
        Assert.Equal(200, await SearchAsync(site, Proxy, "198.51.100.2"));
        Assert.Equal(429, await SearchAsync(site, Proxy, "198.51.100.1"));
        // nginx appends the address it saw to what the client sent: only that last one is believed.
        Assert.Equal(429, await SearchAsync(site, Proxy, "203.0.113.99, 198.51.100.2"));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", Proxy)]
    [InlineData("ForwardedHeaders:KnownProxies", "10.0.0.1, " + Proxy)] // one value, as an environment variable gives it
    public async Task FromAConfiguredProxyAForwardedHttpsGetsHsts(string key, string value)
    {
        using var site = Site((key, value));

        Assert.True(await HstsAsync(site, Proxy));
    }

    [Fact]
    public async Task WithANetworkConfiguredItsProxiesAreBelievedAndLoopbackIsNot()
    {
        using var site = Site(("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8"));

        Assert.Equal(200, await SearchAsync(site, "10.1.2.3", "198.51.100.1"));
        Assert.Equal(200, await SearchAsync(site, "10.9.9.9", "198.51.100.2"));
        Assert.True(await HstsAsync(site, "10.1.2.3"));
        Assert.Equal(200, await SearchAsync(site, Proxy, "198.51.100.3"));
        Assert.Equal(429, await SearchAsync(site, Proxy, "198.51.100.4"));
        Assert.False(await HstsAsync(site, Proxy));
    }

    [Fact]
    public async Task BehindACdnAndNginxTheClientIsTheAddressTheCdnSaw()
    {
        using var site = Site(("ForwardedHeaders:KnownProxies:0", Proxy), ("ForwardedHeaders:KnownNetworks:0", "203.0.113.0/24"), ("ForwardedHeaders:ForwardLimit", "2"));

        // nginx appends the CDN edge it saw (203.0.113.x) to the client the edge saw.
        Assert.Equal(200, await SearchAsync(site, Proxy, "198.51.100.1, 203.0.113.10"));
        Assert.Equal(200, await SearchAsync(site, Proxy, "198.51.100.2, 203.0.113.11"));
        Assert.Equal(429, await SearchAsync(site, Proxy, "198.51.100.1, 203.0.113.12"));
        // Straight to nginx, around the CDN: the client is the address nginx saw, whatever it claims before it.
        Assert.Equal(200, await SearchAsync(site, Proxy, "198.51.100.3, 192.0.2.7"));
        Assert.Equal(429, await SearchAsync(site, Proxy, "198.51.100.4, 192.0.2.7"));
        // nginx passing on the scheme the CDN was asked with.
        Assert.True(await HstsAsync(site, Proxy, ("X-Forwarded-For", "198.51.100.1, 203.0.113.10")));
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "127.0.0.256", "ForwardedHeaders:KnownProxies has '127.0.0.256', which is not an IP address.")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.1.5/24", "ForwardedHeaders:KnownNetworks has '10.0.1.5/24', which is not a network.")]
    public async Task AMalformedProxyStopsTheStartNamingTheKeyAndTheValue(string key, string value, string message)
    {
        using var site = Site((key, value));

        var (exitCode, output) = await site.StartInItsOwnProcessAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains(message, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KnownProxies", "nginx")]
    [InlineData("KnownProxies", "")]
    [InlineData("KnownProxies", "10.0.1")] // IPAddress.TryParse alone reads 10.0.0.1
    [InlineData("KnownProxies", "10.0.0.0/8")]
    [InlineData("KnownNetworks", "10.0.0.1")]
    [InlineData("KnownNetworks", "10.0.0.0/33")]
    [InlineData("KnownNetworks", "10.0/8")]
    [InlineData("KnownNetworks", "10.0.1.5/24")]
    [InlineData("KnownNetworks", "10.0.0.0/8/8")]
    public void AnEntryThatIsNotWhatItsListHoldsIsRefusedWithItsKeyAndValue(string key, string value)
    {
        var proxies = new ProxyOptions();
        (key == "KnownProxies" ? proxies.KnownProxies : proxies.KnownNetworks).Add(value);

        var refused = Assert.Throws<InvalidOperationException>(() => ForwardedClient.Options(proxies));

        Assert.StartsWith($"ForwardedHeaders:{key} has '{value}', which is not ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AForwardLimitBelowOneIsRefused()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => ForwardedClient.Options(new ProxyOptions { KnownProxies = [Proxy], ForwardLimit = 0 }));

        Assert.StartsWith("ForwardedHeaders:ForwardLimit has '0', which is not a number of proxies.", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExactlyTheListedProxiesAndNetworksAreBelievedForTheListedHops()
    {
        var options = ForwardedClient.Options(new ProxyOptions
        {
            KnownProxies = ["127.0.0.1", "2001:db8::5"],
            KnownNetworks = ["10.0.1.0/24", "fd00::/8"],
            ForwardLimit = 2,
        });

        Assert.Equal([IPAddress.Parse("127.0.0.1"), IPAddress.Parse("2001:db8::5")], options.KnownProxies);
        Assert.Equal([System.Net.IPNetwork.Parse("10.0.1.0/24"), System.Net.IPNetwork.Parse("fd00::/8")], options.KnownIPNetworks);
        Assert.Equal(2, options.ForwardLimit);
    }

    /// <summary>The site with a search bucket of one and <paramref name="settings"/>.</summary>
    private static ArchiveSiteFactory Site(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["RateLimits:Search:Burst"] = "1",
            ["RateLimits:Search:PerMinute"] = "1",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return new ArchiveSiteFactory { Settings = all };
    }

    /// <summary>A search (never the same twice, so never from the output cache) over a connection from <paramref name="from"/>; its status.</summary>
    private async Task<int> SearchAsync(ArchiveSiteFactory site, string from, string forwardedFor) =>
        (await SendAsync(site, from, $"/search?q=word{++_searches}", ("X-Forwarded-For", forwardedFor))).Response.StatusCode;

    /// <summary>Whether a document page asked for with <c>X-Forwarded-Proto: https</c> (and <paramref name="headers"/>) from <paramref name="from"/> gets HSTS.</summary>
    private static async Task<bool> HstsAsync(ArchiveSiteFactory site, string from, params (string Name, string Value)[] headers)
    {
        var context = await SendAsync(site, from, "/documents/112082", [("X-Forwarded-Proto", "https"), .. headers]);
        Assert.Equal(200, context.Response.StatusCode);
        return context.Response.Headers.ContainsKey("Strict-Transport-Security");
    }

    /// <summary>
    /// A GET over plain http from <paramref name="from"/>, as a proxy would send it, to a host HSTS
    /// is sent to (never to localhost). The in-memory server leaves the connection's address unset
    /// unless a request sets it.
    /// </summary>
    private static Task<HttpContext> SendAsync(ArchiveSiteFactory site, string from, string pathAndQuery, params (string Name, string Value)[] headers) =>
        site.Server.SendAsync(context =>
        {
            var (path, query) = pathAndQuery.Split('?') is [var p, var q] ? (p, "?" + q) : (pathAndQuery, "");
            context.Connection.RemoteIpAddress = IPAddress.Parse(from);
            context.Request.Method = HttpMethods.Get;
            context.Request.Scheme = "http";
            context.Request.Host = new HostString("archive.example.org");
            context.Request.Path = path;
            context.Request.QueryString = new QueryString(query);
            foreach (var (name, value) in headers)
            {
                context.Request.Headers[name] = value;
            }
        });
}
