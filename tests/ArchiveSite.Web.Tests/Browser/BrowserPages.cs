using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>What the browser tests share: opening one of <see cref="PageTypes.All"/> and asking axe about it.</summary>
public static class BrowserPages
{
    /// <summary>The WCAG 2.0–2.2 A and AA rules and axe's best practices.</summary>
    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
    };

    /// <summary>Opens a page type's address (its version resolved through the site's API) and checks its status.</summary>
    public static async Task OpenAsync(IPage page, string url, int status)
    {
        var target = await PageTypes.ResolveAsync(async path => await (await page.APIRequest.GetAsync(path)).TextAsync(), url);
        var response = await page.GotoAsync(target);
        Assert.Equal(status, response!.Status);
    }

    /// <summary>
    /// Waits until the page is at the address (path and query; a trailing <c>**</c> matches any
    /// rest), by polling the address rather than waiting for a load event: under a loaded machine
    /// Chromium had committed the new page yet the wait for its "load" (or even
    /// "DOMContentLoaded") did not return within 30 s. Reads that follow wait for their elements.
    /// </summary>
    public static Task ArrivedAtAsync(this IPage page, string pathAndQuery)
    {
        var rest = pathAndQuery.EndsWith("**", StringComparison.Ordinal);
        var pattern = "^https?://[^/]+" + Regex.Escape(rest ? pathAndQuery[..^2] : pathAndQuery) + (rest ? ".*" : "") + "$";
        return Assertions.Expect(page).ToHaveURLAsync(new Regex(pattern));
    }

    /// <summary>axe-core's violations on the page as it is now, one line each; empty when none.</summary>
    public static async Task<string> AxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(WcagAa);
        return string.Join("\n", result.Violations.Select(v =>
            $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
    }
}
