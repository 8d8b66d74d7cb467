using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>The site's public address: Archive:PublicBaseUrl when set (behind a proxy), else the request's own.</summary>
public static class SiteAddress
{
    /// <summary>The base URL without a trailing slash, e.g. <c>https://archive.example.org</c>.</summary>
    public static string BaseUrl(HttpRequest request, IOptions<ArchiveOptions> options) =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : options.Value.PublicBaseUrl.TrimEnd('/');

    /// <summary>A document's permalink.</summary>
    public static string Permalink(string baseUrl, string id) => $"{baseUrl}/documents/{Uri.EscapeDataString(id)}";
}
