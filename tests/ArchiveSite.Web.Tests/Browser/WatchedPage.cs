using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// A page that records every Content-Security-Policy violation (the DOM event, watched from before
/// the first byte), every console error, every uncaught exception and every dialog: where Chromium
/// reports a refused script, style or image, and where a script that ran would show itself.
/// </summary>
public sealed class WatchedPage
{
    private readonly List<string> _problems = [];

    private WatchedPage(IPage page)
    {
        Page = page;
        page.Console += (_, message) =>
        {
            // A 404 or 500 page is reported as a resource that failed to load: the page's own status,
            // not a problem. Any other resource that fails is one (the site's icon among them).
            var ownStatus = message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)
                && message.Location == page.Url + ":0:0";
            if (message.Type == "error" && !ownStatus)
            {
                _problems.Add("console: " + message.Text + " at " + message.Location);
            }
        };
        page.PageError += (_, error) => _problems.Add("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            _problems.Add("dialog: " + dialog.Message);
            await dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors, uncaught exceptions and dialogs (alert, confirm, prompt) so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public static async Task<WatchedPage> OpenAsync(BrowserFixture browser, bool bypassCsp = false)
    {
        var watched = new WatchedPage(await browser.NewPageAsync(bypassCsp: bypassCsp));
        await watched.Page.AddInitScriptAsync(
            "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));");
        return watched;
    }

    /// <summary>The violations of the current document: directive and what was blocked.</summary>
    public Task<string[]> ViolationsAsync() => Page.EvaluateAsync<string[]>("() => window.__violations");
}
