using Playbook.BrowserTests.Support;
using Playbook.Preview;

namespace Playbook.BrowserTests.ContentSuite;

/// <summary>
/// The repository's own content/ built with the real theme into a temporary folder and served with the site's headers:
/// read only by the content suite (this folder), so an editor's change to content/ never turns a developer test red.
/// </summary>
public sealed class ShippedSite : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "playbook-shipped-" + Guid.NewGuid().ToString("N"));
    private StaticFileServer? _server;

    /// <summary>The built site's folder.</summary>
    public string SiteDirectory => Path.Combine(_root, "output");

    public StaticFileServer Server => _server ?? throw new InvalidOperationException("the shipped site is not built yet");

    public async Task InitializeAsync()
    {
        await BuiltSites.BuildContentAsync(Path.Combine(BuiltSites.RepositoryRoot, "content"), SiteDirectory);
        _server = StaticFileServer.Start(SiteDirectory, Playbook.Security.SecurityHeaders.AsDictionary());
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
