using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Http;

/// <summary>
/// The <c>ForwardedHeaders</c> configuration section: the proxies in front of the site (nginx, a
/// load balancer, a CDN's edge) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are
/// believed. Empty by default, and then the headers are believed from no one.
/// </summary>
public sealed class ProxyOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "ForwardedHeaders";

    /// <summary>The addresses proxies connect to the site from, e.g. <c>127.0.0.1</c> for nginx on the same machine.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks proxies connect from, as a first address and a prefix length, e.g. <c>10.0.1.0/24</c> for a balancer's subnet.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>
    /// How many proxies in a row may speak for a request: 1 for one layer (nginx, or a balancer);
    /// 2 for a CDN in front of nginx, with both listed. Each believed hop takes one address off the
    /// end of <c>X-Forwarded-For</c>, and a hop from an address not listed stops it anyway: a larger
    /// limit never trusts a stranger, it only lets a longer chain of listed proxies through.
    /// </summary>
    public int ForwardLimit { get; set; } = 1;

    /// <summary>True when any proxy or network is listed.</summary>
    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
}

/// <summary>
/// The real client and scheme behind configured proxies, with ASP.NET Core's forwarded-headers
/// middleware: a request from a listed proxy takes its client address from <c>X-Forwarded-For</c>
/// and its scheme from <c>X-Forwarded-Proto</c>, so the rate limiter's buckets, HSTS and the
/// request's own address (permalinks when <c>Archive:PublicBaseUrl</c> is unset) are the
/// visitor's. <c>X-Forwarded-Host</c> is never read: the proxy passes <c>Host</c> itself, and a
/// believed host would let a forged one into permalinks.
/// </summary>
public static class ForwardedClient
{
    /// <summary>Registers the <c>ForwardedHeaders</c> section.</summary>
    public static IServiceCollection AddForwardedClient(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).Configure<IConfiguration>((options, configuration) =>
        {
            // A list given as one value (--ForwardedHeaders:KnownProxies=127.0.0.1, or in one
            // environment variable) is skipped by the binder, which would leave it empty without a
            // word: take it as a comma-separated list instead.
            var section = configuration.GetSection(ProxyOptions.Section);
            options.KnownProxies.AddRange(Entries(section[nameof(ProxyOptions.KnownProxies)]));
            options.KnownNetworks.AddRange(Entries(section[nameof(ProxyOptions.KnownNetworks)]));
        });
        return services;
    }

    /// <summary>
    /// Believes the configured proxies for the rest of the pipeline; call it first. With none
    /// configured it adds nothing: the middleware with empty lists would believe every sender,
    /// and with its defaults every loopback one. A malformed entry throws here, as the site is
    /// built, so the start fails with the entry's key and value rather than a request later.
    /// </summary>
    public static IApplicationBuilder UseForwardedClient(this IApplicationBuilder app)
    {
        var proxies = app.ApplicationServices.GetRequiredService<IOptions<ProxyOptions>>().Value;
        if (!proxies.IsConfigured)
        {
            return app;
        }

        var options = Options(proxies);
        app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ForwardedClient).FullName!).LogInformation(
            "X-Forwarded-For and X-Forwarded-Proto are believed from proxies {KnownProxies} and networks {KnownNetworks}, at most {ForwardLimit} in a row",
            proxies.KnownProxies, proxies.KnownNetworks, options.ForwardLimit);
        return app.UseForwardedHeaders(options);
    }

    /// <summary>
    /// The middleware's options for <paramref name="proxies"/>: its own defaults (loopback) cleared,
    /// then exactly the listed addresses and networks. Throws <see cref="InvalidOperationException"/>
    /// naming the key and the value of the first entry that is not one.
    /// </summary>
    public static ForwardedHeadersOptions Options(ProxyOptions proxies)
    {
        if (proxies.ForwardLimit < 1)
        {
            throw Malformed("ForwardLimit", proxies.ForwardLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "a number of proxies", "Give 1 or more: one for each layer of proxies in front of the site");
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = proxies.ForwardLimit,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var value in proxies.KnownProxies)
        {
            options.KnownProxies.Add(Address(value) ?? throw Malformed("KnownProxies", value,
                "an IP address", "List the address each proxy connects to the site from, e.g. 127.0.0.1 or 10.0.1.5"));
        }

        foreach (var value in proxies.KnownNetworks)
        {
            options.KnownIPNetworks.Add(Network(value) ?? throw Malformed("KnownNetworks", value,
                "a network", "Write a network as its first address and its prefix length, e.g. 10.0.1.0/24 or fd00::/8"));
        }

        return options;
    }

    /// <summary>
    /// The address <paramref name="value"/> writes, or null. An IPv4 address needs all four parts:
    /// <see cref="IPAddress.TryParse(string, out IPAddress)"/> alone reads "10.0.1" as 10.0.0.1,
    /// which would believe another machine than the one meant.
    /// </summary>
    private static IPAddress? Address(string? value) =>
        IPAddress.TryParse(value?.Trim(), out var address) && (address.AddressFamily != AddressFamily.InterNetwork || value!.Count(c => c == '.') == 3)
            ? address
            : null;

    /// <summary>
    /// The network <paramref name="value"/> writes, or null: its address as <see cref="Address"/>
    /// reads one, a prefix no longer than the address, and no bits set past the prefix. The parser
    /// would quietly take 10.0.1.5/24 as 10.0.1.0/24, a whole subnet where one proxy may have been meant.
    /// </summary>
    private static System.Net.IPNetwork? Network(string? value) =>
        value?.Split('/') is [var first, _] && Address(first) is { } address
            && System.Net.IPNetwork.TryParse(value.Trim(), out var network) && network.BaseAddress.Equals(address)
            ? network
            : null;

    /// <summary>The entries of a list given as one comma-separated value.</summary>
    private static string[] Entries(string? list) => list?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [];

    private static InvalidOperationException Malformed(string key, string? value, string what, string advice) =>
        new($"{ProxyOptions.Section}:{key} has '{value}', which is not {what}. {advice}; see docs/configuration.md.");
}
