using Playbook.Preview;
using Microsoft.Playwright;
using Playbook.Build;

namespace Playbook.BrowserTests.Support;

/// <summary>
/// Shared by every browser test (an xunit collection fixture): builds the sample playbook fixture (tests/Fixtures/sample-playbook, a frozen copy of a realistic playbook) with the
/// real theme ONCE into a temporary folder, serves it on 127.0.0.1 with the site's Content-Security-Policy,
/// and launches the system's Chromium. Playwright never downloads a browser here. The wide-matrix fixture (one matrix
/// of 30 activities and 12 long role names) is built and served beside it, for the tests of what must fit.
/// </summary>
public sealed partial class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "playbook-browser-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private StaticFileServer? _server;
    private StaticFileServer? _wideServer;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The built site's folder.</summary>
    public string SiteDirectory => Path.Combine(_root, "output");

    public StaticFileServer Server => _server ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>The built wide-matrix fixture's folder (tests/Fixtures/wide-matrix).</summary>
    public string WideSiteDirectory => Path.Combine(_root, "wide-output");

    /// <summary>Serves <see cref="WideSiteDirectory"/>; open its pages with <see cref="PageSettings.Site"/> set to <see cref="FixtureSite.WideMatrix"/>.</summary>
    public StaticFileServer WideServer => _wideServer ?? throw new InvalidOperationException("the fixture is not initialised");

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

        await BuildFixtureAsync("sample-playbook", SiteDirectory);
        await BuildFixtureAsync("wide-matrix", WideSiteDirectory);
        _server = StaticFileServer.Start(SiteDirectory, Playbook.Security.SecurityHeaders.AsDictionary());
        _wideServer = StaticFileServer.Start(WideSiteDirectory, Playbook.Security.SecurityHeaders.AsDictionary());

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
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_wideServer is not null)
        {
            await _wideServer.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Opens a site path (e.g. /rollen/) in a fresh browser context; dispose it to close the context.</summary>
    public async Task<SitePage> OpenAsync(string path, PageSettings? settings = null)
    {
        settings ??= new PageSettings();
        var server = settings.Site == FixtureSite.WideMatrix ? WideServer : Server;
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

        var sitePage = new SitePage(context, page, server.BaseUri);
        var response = await page.GotoAsync(path);
        var status = response?.Status ?? 0;
        if (status != settings.ExpectedStatus)
        {
            await sitePage.DisposeAsync();
            throw new InvalidOperationException($"{path} answered {status}, expected {settings.ExpectedStatus}: does tests/Fixtures/sample-playbook have this page?");
        }

        return sitePage;
    }

    private static async Task BuildFixtureAsync(string fixture, string outputDirectory)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            ContentDirectory = Path.Combine(RepositoryRoot, "tests", "Fixtures", fixture),
            ThemeDirectory = Path.Combine(RepositoryRoot, "themes", "default"),
            OutputDirectory = outputDirectory,
            DisplayBase = RepositoryRoot,
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"building tests/Fixtures/{fixture} failed:\n" + string.Join('\n', result.Diagnostics));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Playbook.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Playbook.sln not found above the test binaries");
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

/// <summary>All browser tests share one built site and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class SiteInBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "built site in Chromium";
}
