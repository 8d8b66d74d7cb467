using System.Globalization;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Citations;

/// <summary>
/// A citation of a search itself, for a footnote that cites "the 37 documents that mention X"
/// (Chicago's pattern for a database: the site, what was searched, what it found, when, the
/// address): <c>ArchiveSite, search for “pilots” (from 1950-11-01), 2 documents, results as of 6
/// December 2026, 20:32:28 UTC, https://…/search?q=pilots&amp;from=1950-11-01&amp;as-of=2026-12-06T20:32:28Z.</c>
/// The address carries the pin, so a reader who follows it sees the results the author saw.
/// </summary>
public static class SearchCitation
{
    /// <summary>The citation of <paramref name="request"/> at <paramref name="pin"/>, which found <paramref name="count"/> documents, at <paramref name="url"/>.</summary>
    public static string Format(string siteName, SearchRequest request, int count, SearchPin pin, string url)
    {
        var what = string.IsNullOrWhiteSpace(request.Text) ? "search of the archive" : $"search for \u201c{request.Text.Trim()}\u201d";
        var conditions = Conditions(request);
        var found = count == 1 ? "1 document" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} documents";
        return $"{siteName}, {what}{(conditions.Length == 0 ? "" : $" ({conditions})")}, {found}, results as of {pin.Label}, {url}.";
    }

    /// <summary>The dates and facet values that narrow the search, as the page shows them: "from 1950-11-01; year 1950".</summary>
    private static string Conditions(SearchRequest request)
    {
        var dates = (request.From, request.To) switch
        {
            (null, null) => null,
            (var from, null) => $"from {from}",
            (null, var to) => $"to {to}",
            var (from, to) => $"from {from} to {to}",
        };
        var facets = request.ActiveFilters.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Where(f => f.Value.Count > 0)
            .Select(f => $"{f.Key} {string.Join(", ", f.Value)}");
        return string.Join("; ", new[] { dates }.OfType<string>().Concat(facets));
    }
}
