using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// One address of every page type of the site over the seeds, for the design's tests (layout at
/// 360 px, the dark scheme, print), and the helpers they share.
/// </summary>
public static class PageTypes
{
    /// <summary>The current text's versioned permalink, read from the detail page's permalinks.</summary>
    public const string Versioned = "(versioned permalink)";

    /// <summary>What changed between a version and the current text.</summary>
    public const string VersionDiff = "(versioned permalink)/diff";

    public static readonly IReadOnlyList<string> Urls =
    [
        "/",
        "/?f.year=1950&f.language=Russian",
        "/search",
        "/search?q=pilots",
        "/search?q=%22unclosed",
        "/search?q=Shtykv",
        "/search/help",
        "/search/advanced",
        "/search/facet/year",
        "/documents/112082",
        "/documents/112079?q=Kim+Il+Sung+pilots",
        "/documents/112082/thread",
        Versioned,
        VersionDiff,
        "/documents/no-such-document",
    ];

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var url in Urls)
        {
            data.Add(url);
        }

        return data;
    }

    /// <summary>Opens one of <see cref="All"/> (404 for the missing document, 200 for every other).</summary>
    public static async Task OpenAsync(IPage page, string url)
    {
        var target = url;
        if (url.StartsWith(Versioned, StringComparison.Ordinal))
        {
            await page.GotoAsync("/documents/112082");
            var versioned = await page.GetAttributeAsync(".permalinks dd > a >> nth=1", "href");
            Assert.Contains("/v/", versioned, StringComparison.Ordinal);
            target = versioned + url[Versioned.Length..];
        }

        var response = await page.GotoAsync(target);
        Assert.Equal(url.Contains("no-such-document", StringComparison.Ordinal) ? 404 : 200, response!.Status);
    }

    /// <summary>axe-core's violations on the page as it is now, one line each; empty when none.</summary>
    public static async Task<string> AxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
    }
}
