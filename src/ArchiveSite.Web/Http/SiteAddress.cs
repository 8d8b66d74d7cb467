using ArchiveSite.Core.Reading;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Http;

/// <summary>The site's public address: Archive:PublicBaseUrl when set (behind a proxy), else the request's own.</summary>
public static class SiteAddress
{
    /// <summary>The base URL without a trailing slash, e.g. <c>https://archive.example.org</c>.</summary>
    public static string BaseUrl(HttpRequest request, IOptions<ArchiveOptions> options) =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>The site's address and name as this request sees them: what permalinks and citations are made of.</summary>
    public static SiteIdentity Identity(HttpRequest request, IOptions<ArchiveOptions> options) =>
        new(BaseUrl(request, options), options.Value.SiteName);

    /// <summary>Today, UTC: the day of access a citation names.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);
}
