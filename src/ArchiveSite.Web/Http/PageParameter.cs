using System.Globalization;

namespace ArchiveSite.Web.Http;

/// <summary>The <c>page</c> query parameter of lists; anything but a positive whole number means page 1.</summary>
public static class PageParameter
{
    /// <summary>Reads <c>?page=N</c>.</summary>
    public static int Read(HttpRequest request) =>
        int.TryParse(request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1;
}
