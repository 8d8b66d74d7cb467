using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace ArchiveSite.Web.Http;

/// <summary>
/// Conditional GET for a read-only site: a page's validator is what it was made from (the text's
/// version, the catalogue, the query string) plus the build of the site that rendered it, so a
/// browser or proxy that has the page gets 304 Not Modified, and a new release or a corrected
/// record makes a new validator.
/// </summary>
public static class HttpCaching
{
    /// <summary>How long a browser or shared cache may reuse a page without asking again.</summary>
    public static readonly TimeSpan PageMaxAge = TimeSpan.FromMinutes(5);

    /// <summary>The build's identity (the web assembly's module id): part of every validator, since templates change with it.</summary>
    public static string Build { get; } = typeof(HttpCaching).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..12];

    /// <summary>When this build was made (the web assembly's file time), the earliest a page it renders can date from.</summary>
    public static DateTimeOffset BuildTime { get; } = ReadBuildTime();

    /// <summary>
    /// Sets ETag, Last-Modified and Cache-Control, and answers true (with status 304 set) when the
    /// request's If-None-Match or If-Modified-Since shows the client already has this response.
    /// </summary>
    public static bool NotModified(HttpContext context, string madeFrom, DateTimeOffset lastModified, TimeSpan? maxAge = null)
    {
        var request = context.Request;
        var response = context.Response;
        var seed = $"{Build}|{madeFrom}|{request.Path}{request.QueryString}";
        // Weak: compression gives the same page different bytes.
        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..20]}\"", isWeak: true);
        var modified = Truncate(lastModified > BuildTime ? lastModified : BuildTime);

        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = modified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = maxAge ?? PageMaxAge };

        var requestHeaders = request.GetTypedHeaders();
        var notModified = requestHeaders.IfNoneMatch.Count > 0
            ? requestHeaders.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            : requestHeaders.IfModifiedSince is { } since && modified <= since;
        if (notModified)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
        }

        return notModified;
    }

    private static DateTimeOffset Truncate(DateTimeOffset time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);

    private static DateTimeOffset ReadBuildTime()
    {
        var location = typeof(HttpCaching).Assembly.Location;
        return string.IsNullOrEmpty(location) ? DateTimeOffset.UtcNow : new DateTimeOffset(File.GetLastWriteTimeUtc(location), TimeSpan.Zero);
    }
}
