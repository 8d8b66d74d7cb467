using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Web.Http;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// A search's Atom feed, <c>/search/feed.atom?…</c> with the search page's parameters: the
/// <see cref="FeedItems.FeedSize"/> documents it finds whose texts are newest (added or corrected
/// last), so a feed reader follows a topic as records arrive. The order and page are the feed's own.
/// </summary>
public static class SearchFeedEndpoints
{
    /// <summary>Maps the search feed.</summary>
    public static IEndpointRouteBuilder MapSearchFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/search/feed.atom", Feed).ExcludeFromDescription().RequireRateLimiting(RateLimits.Search);
        return app;
    }

    private static IResult Feed(HttpRequest request, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        var search = SearchQueryString.Read(request, pageSize: 1);
        if (search.IsEmpty)
        {
            return Results.Problem("A search feed needs a search: words (q=), dates (from=, to=) or facets (f.year=…). The whole archive's newest documents are at /feed.atom.", statusCode: StatusCodes.Status400BadRequest, title: "No search given");
        }

        if (HttpCaching.NotModified(request.HttpContext, $"search-feed|{archive.Stamp}", archive.LastChanged))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var (items, _, error) = FeedItems.Newest(archive, search);
        if (error is not null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest, title: "The search could not run");
        }

        var baseUrl = SiteAddress.BaseUrl(request, options);
        var siteName = options.Value.SiteName;
        var feed = AtomFeed.Of(baseUrl, siteName, $"{siteName}: newest documents for {Describe(search)}",
            baseUrl + "/search/feed.atom" + request.QueryString, baseUrl + "/search" + request.QueryString, items);
        return XmlResult.Of(feed, "application/atom+xml");
    }

    /// <summary>The search in words, for the feed's title: <c>“pilots”, from 1950-11-01, year 1950</c>.</summary>
    public static string Describe(SearchRequest search) => string.Join(", ", new[]
        {
            string.IsNullOrWhiteSpace(search.Text) ? null : $"“{search.Text.Trim()}”",
            string.IsNullOrWhiteSpace(search.From) ? null : $"from {search.From.Trim()}",
            string.IsNullOrWhiteSpace(search.To) ? null : $"to {search.To.Trim()}",
        }
        .Concat(search.ActiveFilters.SelectMany(f => f.Value.Select(v => $"{f.Key} {v}")))
        .OfType<string>());
}
