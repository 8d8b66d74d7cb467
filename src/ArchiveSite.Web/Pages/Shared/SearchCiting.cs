using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Search.Results;
using ArchiveSite.Web.Http;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// "Cite this search": the search's permalink pinned to a moment, and its citation. An unpinned
/// search is pinned to the second it was answered (the version store dates every text to the
/// second, so that moment names one state of the archive; a day would not, since records may be
/// corrected later the same day); a pinned search keeps its own pin.
/// </summary>
/// <param name="Pin">The moment the permalink carries.</param>
/// <param name="Url">The permalink: the search's parameters (not its page, not the selection) with the pin.</param>
/// <param name="Citation">The search cited, with the permalink.</param>
public sealed record SearchCiting(SearchPin Pin, string Url, string Citation)
{
    /// <summary>The citing of the search <paramref name="request"/> asks for, which found <paramref name="results"/>, at <paramref name="pin"/> (null: now).</summary>
    public static SearchCiting Of(HttpRequest request, IOptions<ArchiveOptions> options, SearchResults results, SearchPin? pin)
    {
        pin ??= SearchPin.At(DateTimeOffset.UtcNow);
        // Colons are allowed in a query string: a pin reads 20:32:28, not 20%3A32%3A28, in a footnote.
        var url = SiteAddress.BaseUrl(request, options) + PinnedUrl(request, pin).Replace("%3A", ":", StringComparison.Ordinal);
        return new SearchCiting(pin, url, SearchCitation.Format(SiteAddress.Identity(request, options).SiteName, results.Request, results.TotalHits, pin, url));
    }

    /// <summary>The search of <paramref name="request"/> (on <c>/search</c>) pinned to <paramref name="pin"/>: its words, dates, order and facets.</summary>
    public static string PinnedUrl(HttpRequest request, SearchPin pin) => PinnedUrl(request, "/search", pin);

    /// <summary>The same, at <paramref name="path"/> (<c>/search/changes</c>).</summary>
    public static string PinnedUrl(HttpRequest request, string path, SearchPin pin) =>
        QueryUrl.Build(path, SearchPairs(request).Append((SearchPin.Parameter, pin.Value)));

    /// <summary>The search of <paramref name="request"/> today, without its pin.</summary>
    public static string Today(HttpRequest request) => QueryUrl.Build("/search", SearchPairs(request));

    private static IEnumerable<(string Key, string Value)> SearchPairs(HttpRequest request) =>
        request.Query
            .Where(kv => kv.Key is "q" or "from" or "to" or "sort" || kv.Key.StartsWith(QueryUrl.FacetPrefix, StringComparison.Ordinal))
            .SelectMany(kv => kv.Value.Where(v => !string.IsNullOrEmpty(v)).Select(v => (kv.Key, v!)))
            .Distinct();
}
