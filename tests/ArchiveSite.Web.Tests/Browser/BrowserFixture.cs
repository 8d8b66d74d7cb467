using Microsoft.Playwright;

namespace ArchiveSite.Web.Tests.Browser;

/// <summary>
/// The real site on Kestrel at 127.0.0.1 and Debian's headless Chromium driven by Playwright.
/// Playwright cannot download its own browser here, so it launches /usr/bin/chromium, which the
/// README's test command installs. Without the background-networking flags Chromium stalls on
/// the closed network.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    // Tests take pages and never close them, and each page keeps a renderer process of 30–50 MB:
    // with every page type walked in light, dark and three widths, one browser held 600 of them and
    // a whole run used the machine's 24 GB (the stalls of whole runs). A fixture's tests run one
    // at a time and none holds more than a few pages at once, so the oldest contexts are closed as
    // new ones open.
    private const int KeptOpen = 4;
    private readonly Queue<IBrowserContext> _open = new();
    private IPlaywright? _playwright;

    public BrowserFixture()
        : this(new ArchiveSiteFactory())
    {
    }

    /// <summary>The browser on a site over other documents than the seeds.</summary>
    protected BrowserFixture(ArchiveSiteFactory site) => Site = site;

    public ArchiveSiteFactory Site { get; }

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The site's address, e.g. http://127.0.0.1:41234.</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Debian's chromium at {ChromiumPath}. Run the README's test command, which installs it.");
        }

        BaseUrl = Site.StartKestrel();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh page in its own context; JavaScript can be switched off to prove the site needs none,
    /// and the Content-Security-Policy ignored to prove the encoding holds without it.
    /// </summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280, bool bypassCsp = false, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            BypassCSP = bypassCsp,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var stale = new List<IBrowserContext>();
        lock (_open)
        {
            _open.Enqueue(context);
            while (_open.Count > KeptOpen)
            {
                stale.Add(_open.Dequeue());
            }
        }

        foreach (var old in stale)
        {
            await old.CloseAsync();
        }

        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Site.DisposeAsync();
    }
}

/// <summary>One browser and one server for the browser test classes on the seeds (but axe's).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}

/// <summary>
/// A browser and a server of their own for the axe checks (<see cref="AccessibilityTests"/>): they
/// took half the browser tests' time, one after another with the rest in one collection, and that
/// chain was most of the Web tests' run. In a collection of its own, xUnit runs it beside the other
/// browser tests. Nothing is shared between the two: each has its own site, index and Chromium.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AxeBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser (axe)";
}
