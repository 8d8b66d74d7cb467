using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Derives a record's permalink id from its source URL, never from its file name.
/// <c>…/document/112082</c> gives <c>112082</c>; a URL ending in a slug gives the slug; a
/// history.state.gov URL <c>…/historicaldocuments/frus1955-57v02/d7</c> gives <c>frus1955-57v02-d7</c>,
/// because document numbers like <c>d7</c> repeat in every volume.
/// </summary>
public static partial class DocumentId
{
    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$", RegexOptions.CultureInvariant)]
    private static partial Regex ValidIdRegex();

    /// <summary>True when <paramref name="id"/> could be a permalink id; anything else is a 404 without a lookup.</summary>
    public static bool IsWellFormed(string? id) => id is not null && ValidIdRegex().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal);

    /// <summary>The id for a source URL, or null with the reason.</summary>
    public static string? FromSourceUrl(string url, out string? error)
    {
        error = null;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            error = $"its source URL '{url}' is not a valid http(s) URL";
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        string? id = null;
        if (segments.Length >= 3 && string.Equals(segments[^3], "historicaldocuments", StringComparison.OrdinalIgnoreCase))
        {
            id = $"{segments[^2]}-{segments[^1]}";
        }
        else if (segments.Length > 0)
        {
            id = segments[^1];
        }

        if (id is null)
        {
            error = $"its source URL '{url}' has no document identifier in its path";
            return null;
        }

        if (!IsWellFormed(id))
        {
            error = $"the document identifier '{id}' in its source URL has characters a permalink cannot carry (letters, digits, '.', '_', '~', '-' only)";
            return null;
        }

        return id;
    }
}
