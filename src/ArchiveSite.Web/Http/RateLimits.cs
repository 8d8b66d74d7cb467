using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Http;

/// <summary>
/// The <c>RateLimits</c> configuration section: how many searches and exports one client (one IP
/// address; one /64 for IPv6) may ask for. Each is a token bucket: <see cref="RateLimit.Burst"/>
/// requests at once, refilled at <see cref="RateLimit.PerMinute"/>.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>The configuration section name.</summary>
    public const string Section = "RateLimits";

    /// <summary>False switches limiting off (a site behind a balancer that limits, a load test).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Searches (the search page, its facet lists, the API search). A researcher types a search every
    /// few seconds at most; 60 at once and 2 a second leaves room for a reading room behind one
    /// address, and holds a scraper to a pace the index answers without noticing.
    /// </summary>
    public RateLimit Search { get; set; } = new() { Burst = 60, PerMinute = 120 };

    /// <summary>
    /// Exports (citation files, result-list citations of up to 1,000 records, the whole corpus as
    /// JSON Lines): each costs many times a page, and a person downloads a few at a time.
    /// </summary>
    public RateLimit Exports { get; set; } = new() { Burst = 20, PerMinute = 30 };
}

/// <summary>One token bucket: <see cref="Burst"/> requests at once, refilled at <see cref="PerMinute"/>.</summary>
public sealed class RateLimit
{
    /// <summary>Requests a client may make at once (the bucket's size).</summary>
    public int Burst { get; set; }

    /// <summary>Requests a minute a client may keep up (one token back every 60/PerMinute seconds).</summary>
    public int PerMinute { get; set; }
}

/// <summary>
/// Per-client rate limits on the expensive addresses, with ASP.NET Core's rate limiter. A refused
/// request gets 429 Too Many Requests with <c>Retry-After</c>: the status page for pages and
/// downloads, an RFC 9457 problem under <c>/api/</c>. Pages served from the output cache cost
/// nothing and are not counted; health checks, documents (unless opened from a result list, which
/// runs its search: <see cref="Stepping"/>) and static files are never limited.
/// </summary>
public static class RateLimits
{
    /// <summary>The policy of searches.</summary>
    public const string Search = "search";

    /// <summary>The policy of exports.</summary>
    public const string Exports = "exports";

    /// <summary>
    /// The policy of document pages: a permalink is never limited, but one opened from a result
    /// list (<c>n=7</c>) runs that list's search again, so it draws from a bucket the size of the
    /// searches' (of its own): the stepping parameters are no way around the search limit.
    /// </summary>
    public const string Stepping = "stepping";

    /// <summary>Registers the two policies from the <c>RateLimits</c> section.</summary>
    public static IServiceCollection AddArchiveRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) => RejectAsync(context.HttpContext, context.Lease);
        });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, limits) =>
        {
            options.AddPolicy(Search, context => Partition(context, limits.Value, limits.Value.Search));
            options.AddPolicy(Exports, context => Partition(context, limits.Value, limits.Value.Exports));
            options.AddPolicy(Stepping, context => context.Request.Query.ContainsKey(SearchQueryString.Position)
                ? Partition(context, limits.Value, limits.Value.Search)
                // A key of its own: partitions are kept by key, so a client's key would find its bucket.
                : RateLimitPartition.GetNoLimiter("permalink"));
        });
        return services;
    }

    /// <summary>
    /// Whose bucket a request draws from: its IP address; for IPv6 its /64, which one household
    /// or machine usually holds whole (one address each would let it rotate through billions).
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    /// <summary>Whole seconds to wait, at least one: Retry-After takes no fractions.</summary>
    public static int RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));

    private static RateLimitPartition<string> Partition(HttpContext context, RateLimitOptions options, RateLimit limit)
    {
        var key = ClientKey(context.Connection.RemoteIpAddress);
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(key);
        }

        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, limit.Burst),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / Math.Max(1, limit.PerMinute),
            // Refused at once rather than queued: a queued request holds a connection and still
            // arrives late, and Retry-After tells the client when to come back.
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease)
    {
        var response = context.Response;
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? RetryAfterSeconds(retryAfter) : 60;
        response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
        response.Headers.CacheControl = "no-store";
        if (ApiProblem.IsApi(context.Request.Path))
        {
            await ApiProblem.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
                $"This address has asked for more than its share; please try again in {wait} seconds (Retry-After).");
        }

        // Anything else leaves the body empty: the status page (/status/429) says it in the site's layout.
    }
}
