using Playbook.Build;
using Playbook.Preview;

namespace Playbook.BrowserTests.Support;

/// <summary>
/// The sample playbook and the wide-matrix fixture, built with the real theme ONCE per test run into a temporary
/// folder and served on 127.0.0.1 with the site's security headers, shared by every browser collection (xunit v2 has
/// no assembly fixture, so the first collection to start builds them and the others await the same task).
/// </summary>
public sealed class BuiltSites
{
    private static readonly Lazy<Task<BuiltSites>> Shared = new(BuildAsync);

    private readonly string _root;

    private BuiltSites(string root, StaticFileServer server, StaticFileServer wideServer)
    {
        _root = root;
        Server = server;
        WideServer = wideServer;
    }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The built sample playbook's folder.</summary>
    public string SiteDirectory => Path.Combine(_root, "output");

    /// <summary>The built wide-matrix fixture's folder (tests/Fixtures/wide-matrix).</summary>
    public string WideSiteDirectory => Path.Combine(_root, "wide-output");

    public StaticFileServer Server { get; }

    public StaticFileServer WideServer { get; }

    /// <summary>The sites, built by the first caller; a failed build fails every collection with the same message.</summary>
    public static Task<BuiltSites> GetAsync() => Shared.Value;

    private static async Task<BuiltSites> BuildAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "playbook-browser-" + Guid.NewGuid().ToString("N"));
        await BuildFixtureAsync("sample-playbook", Path.Combine(root, "output"));
        await BuildFixtureAsync("wide-matrix", Path.Combine(root, "wide-output"));
        var sites = new BuiltSites(
            root,
            StaticFileServer.Start(Path.Combine(root, "output"), Playbook.Security.SecurityHeaders.AsDictionary()),
            StaticFileServer.Start(Path.Combine(root, "wide-output"), Playbook.Security.SecurityHeaders.AsDictionary()));

        // No collection knows it is the last one to finish, so the servers and the folder go when the test run ends.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => sites.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return sites;
    }

    private async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await WideServer.DisposeAsync();
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static Task BuildFixtureAsync(string fixture, string outputDirectory) =>
        BuildContentAsync(Path.Combine(RepositoryRoot, "tests", "Fixtures", fixture), outputDirectory);

    /// <summary>Builds a content folder with the real theme; a failed build throws with every problem.</summary>
    internal static async Task BuildContentAsync(string contentDirectory, string outputDirectory)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            ContentDirectory = contentDirectory,
            ThemeDirectory = Path.Combine(RepositoryRoot, "themes", "default"),
            OutputDirectory = outputDirectory,
            DisplayBase = RepositoryRoot,
        });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"building {Path.GetRelativePath(RepositoryRoot, contentDirectory)} failed:\n" + string.Join('\n', result.Diagnostics));
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
