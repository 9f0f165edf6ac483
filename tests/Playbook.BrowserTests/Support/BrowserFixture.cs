using System.Collections.Concurrent;
using Playbook.Preview;
using Microsoft.Playwright;

namespace Playbook.BrowserTests.Support;

/// <summary>
/// One browser collection's fixture: the built sites (<see cref="BuiltSites"/>, built once and shared by all
/// collections) and the collection's own Chromium, the system's: Playwright never downloads a browser here. Each
/// collection drives its own browser, so collections run side by side without sharing a Playwright connection.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private BuiltSites? _sites;

    // One idle tab per site and JavaScript setting, for OpenInSharedTabAsync; a collection runs one test at a time.
    private readonly ConcurrentDictionary<(StaticFileServer Server, bool JavaScript, bool SiteScripts), IPage> _sharedTabs = new();

    public static string RepositoryRoot => BuiltSites.RepositoryRoot;

    private BuiltSites Sites => _sites ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>The built site's folder.</summary>
    public string SiteDirectory => Sites.SiteDirectory;

    public StaticFileServer Server => Sites.Server;

    /// <summary>The built wide-matrix fixture's folder (tests/Fixtures/wide-matrix).</summary>
    public string WideSiteDirectory => Sites.WideSiteDirectory;

    /// <summary>Serves <see cref="WideSiteDirectory"/>; open its pages with <see cref="PageSettings.Site"/> set to <see cref="FixtureSite.WideMatrix"/>.</summary>
    public StaticFileServer WideServer => Sites.WideServer;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>The Content-Security-Policy the server sends: the one the published site gets (Security.SecurityHeaders).</summary>
    public string ContentSecurityPolicy { get; } = Playbook.Security.SecurityHeaders.ContentSecurityPolicy;

    public async Task InitializeAsync()
    {
        // Fail loudly, never skip: a missing browser must not look like a passing accessibility suite.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: apt-get install -y chromium");
        }

        _sites = await BuiltSites.GetAsync();
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>Opens a site path (e.g. /rollen/) in a fresh browser context; dispose it to close the context.</summary>
    /// <param name="site">Another site's server (the content suite's shipped playbook); by default the fixture <see cref="PageSettings.Site"/> names.</param>
    public async Task<SitePage> OpenAsync(string path, PageSettings? settings = null, StaticFileServer? site = null)
    {
        settings ??= new PageSettings();
        var server = site ?? ServerOf(settings);
        var page = await NewTabAsync(server, settings);
        return await GoAsync(new SitePage(page.Context, page, server.BaseUri), path, settings);
    }

    /// <summary>
    /// Opens a site path in this collection's tab for the site and JavaScript setting, at the settings' size and colour
    /// scheme on screen media; dispose it to hand the tab back. A navigation costs Chromium a third to a quarter of
    /// what a new tab does (bench/results/tests.md, session 6), so every test that can undo what it did takes this
    /// tab: handing it back clears storage, permissions and cookies and moves the pointer off the page
    /// (<see cref="TabReset"/>), and the next navigation resets focus and page state. The context's HTTP cache stays
    /// warm, as a reader's does, unless the settings ask for a <see cref="PageSettings.ColdCache"/>. Tests that route
    /// requests, add init scripts or need two tabs of one context use <see cref="OpenAsync"/>.
    /// </summary>
    /// <param name="site">Another site's server (the content suite's shipped playbook); by default the fixture <see cref="PageSettings.Site"/> names.</param>
    public async Task<SitePage> OpenInSharedTabAsync(string path, PageSettings? settings = null, StaticFileServer? site = null)
    {
        settings ??= new PageSettings();
        var server = site ?? ServerOf(settings);
        var key = (server, settings.JavaScript, settings.SiteScripts);
        if (_sharedTabs.TryRemove(key, out var page))
        {
            await page.SetViewportSizeAsync(settings.Width, settings.Height);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen, ColorScheme = settings.ColorScheme, ReducedMotion = ReducedMotion.Reduce });
            if (settings.ColdCache)
            {
                var devTools = await page.Context.NewCDPSessionAsync(page);
                await devTools.SendAsync("Network.clearBrowserCache");
                await devTools.DetachAsync();
            }
        }
        else
        {
            page = await NewTabAsync(server, settings);
        }

        var shared = page;
        return await GoAsync(new SitePage(shared, server.BaseUri, async () =>
        {
            if (!await TabReset.TryAsync(shared, settings.JavaScript) || !_sharedTabs.TryAdd(key, shared))
            {
                await shared.Context.CloseAsync();
            }
        }), path, settings);
    }

    private StaticFileServer ServerOf(PageSettings settings) => settings.Site == FixtureSite.WideMatrix ? WideServer : Server;

    private async Task<IPage> NewTabAsync(StaticFileServer server, PageSettings settings)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseUri.ToString(),
            ViewportSize = new ViewportSize { Width = settings.Width, Height = settings.Height },
            ColorScheme = settings.ColorScheme,
            JavaScriptEnabled = settings.JavaScript,
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        if (!settings.SiteScripts)
        {
            // The site's own scripts never load, so the page is what a reader without JavaScript gets, while the
            // test can still run its own script in the page (axe cannot run where JavaScript is off: it would hang).
            await page.RouteAsync("**/*.js", route => route.AbortAsync());
        }

        return page;
    }

    private static async Task<SitePage> GoAsync(SitePage sitePage, string path, PageSettings settings)
    {
        var response = await sitePage.Page.GotoAsync(path);
        var status = response?.Status ?? 0;
        if (status != settings.ExpectedStatus)
        {
            await sitePage.DisposeAsync();
            throw new InvalidOperationException($"{path} answered {status}, expected {settings.ExpectedStatus}: does tests/Fixtures/sample-playbook have this page?");
        }

        return sitePage;
    }
}

/// <summary>How a test wants its page: viewport, colour scheme, JavaScript, and the status the path should answer.</summary>
public sealed record PageSettings
{
    public const int PhoneWidth = 375;

    public int Width { get; init; } = 1280;

    public int Height { get; init; } = 900;

    public ColorScheme ColorScheme { get; init; } = ColorScheme.Light;

    public bool JavaScript { get; init; } = true;

    /// <summary>False blocks the site's own scripts but keeps JavaScript on for the test's tools (axe).</summary>
    public bool SiteScripts { get; init; } = true;

    public int ExpectedStatus { get; init; } = 200;

    /// <summary>True empties the HTTP cache before a shared tab loads the page, so every file is fetched as on a first visit.</summary>
    public bool ColdCache { get; init; }

    /// <summary>Which built fixture the page comes from.</summary>
    public FixtureSite Site { get; init; } = FixtureSite.Sample;

    public static PageSettings Phone => new() { Width = PhoneWidth, Height = 740 };
}

/// <summary>The fixtures the browser tests build: the realistic sample playbook, and one wide matrix.</summary>
public enum FixtureSite
{
    Sample,
    WideMatrix,
}

/// <summary>
/// The browser tests of reading and interaction. Every browser collection shares the built sites (<see cref="BuiltSites"/>)
/// and drives its own Chromium; xunit runs as many collections side by side as the machine has cores (its default):
/// five at once on two cores made the suite slower on a quiet machine (bench/results/tests.md, session 5).
/// </summary>
[CollectionDefinition(Name)]
public sealed class SiteInBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "built site in Chromium";
}

/// <summary>The browser tests that sweep every page or query (accessibility, health, search quality), beside <see cref="SiteInBrowser"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SiteAudits : ICollectionFixture<BrowserFixture>
{
    public const string Name = "built site audited in a second Chromium";
}

/// <summary>The fixtures' pages laid out at every screen (FitTests), beside the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class SiteFit : ICollectionFixture<BrowserFixture>
{
    public const string Name = "built site measured at every screen in a third Chromium";
}

/// <summary>The printed site and the XSS sites: print layout, PDFs and payloads, beside the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class SitePrintAndAttack : ICollectionFixture<BrowserFixture>
{
    public const string Name = "built site printed and attacked in a fourth Chromium";
}

/// <summary>The content suite's shipped playbook in Chromium (ContentSuite/), beside the other collections.</summary>
[CollectionDefinition(Name)]
public sealed class ShippedInBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "shipped playbook in a fifth Chromium";
}
