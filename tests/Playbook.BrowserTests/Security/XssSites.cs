using Playbook.Build;
using Playbook.BrowserTests.Support;
using Playbook.Preview;
using Playbook.Security;

namespace Playbook.BrowserTests.Security;

/// <summary>
/// The XSS test sites, built once for all of <see cref="XssTests"/> (a class fixture): every payload with the
/// sanitiser off ('html: unchecked'), served with and without the security headers, and the same site with it on.
/// </summary>
public sealed class XssSites : IAsyncLifetime
{
    private StaticFileServer? _withHeaders;
    private StaticFileServer? _withoutHeaders;
    private BuildResult? _unchecked;
    private BuildResult? _checked;

    /// <summary>The temporary folder that holds the content and the built sites.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "playbook-xss-" + Guid.NewGuid().ToString("N"));

    public BuildResult Unchecked => _unchecked ?? throw new InvalidOperationException("the fixture is not initialised");

    public BuildResult Checked => _checked ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>Serves the unchecked site with the security headers the published site gets.</summary>
    public StaticFileServer WithHeaders => _withHeaders ?? throw new InvalidOperationException("the fixture is not initialised");

    /// <summary>Serves the unchecked site with no headers at all: only the pages' meta policy protects them.</summary>
    public StaticFileServer WithoutHeaders => _withoutHeaders ?? throw new InvalidOperationException("the fixture is not initialised");

    public async Task InitializeAsync()
    {
        WriteSite(Path.Combine(Root, "content"), "html:\n  unchecked: true\n");
        _unchecked = await Build(Path.Combine(Root, "content"), Path.Combine(Root, "unchecked"));
        WriteSite(Path.Combine(Root, "checked-content"), string.Empty);
        _checked = await Build(Path.Combine(Root, "checked-content"), Path.Combine(Root, "checked"));
        _withHeaders = StaticFileServer.Start(Path.Combine(Root, "unchecked"), SecurityHeaders.AsDictionary());
        _withoutHeaders = StaticFileServer.Start(Path.Combine(Root, "unchecked"), new Dictionary<string, string>());
    }

    public async Task DisposeAsync()
    {
        foreach (var server in new[] { _withHeaders, _withoutHeaders })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static async Task<BuildResult> Build(string content, string output) =>
        await SiteBuilder.BuildAsync(new BuildOptions
        {
            ContentDirectory = content,
            ThemeDirectory = Path.Combine(BrowserFixture.RepositoryRoot, "themes", "default"),
            OutputDirectory = output,
            DisplayBase = Path.GetDirectoryName(content),
            Today = new DateOnly(2026, 11, 28),

            // The link check would also reject the javascript: URLs; this test is about what reaches the browser.
            Checks = new Playbook.Checks.CheckOptions { Links = false },
        });

    private static void WriteSite(string content, string htmlSettings)
    {
        void Write(string relative, string text)
        {
            var path = Path.Combine(content, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        Write("playbook.yml", "title: XSS-proef\n" + htmlSettings);
        Write("index.md", "---\ntitle: \"<script>alert(1)</script>Welkom\"\nsummary: \"<img src=x onerror=alert(1)>\"\n---\nStart.\n");
        Write("rollen/kcc.md", "---\ntitle: \"<svg onload=alert(1)>KCC\"\nkind: context\nsummary: \"\\\"><script>alert(1)</script>\"\n---\nHet KCC.\n");
        Write("raci/webcare.yml", "title: Webcare\nsummary: Webcare.\nnotes: |\n  Let op.\n\n  <img src=\"x.png\" alt=\"x\" onerror=\"alert(1)\">\nactivities:\n  - id: beantwoorden\n    title: \"<script>alert(1)</script>\"\n    basis: source\n    raci:\n      kcc: AR\n");
        for (var i = 0; i < XssTests.Payloads.Length; i++)
        {
            Write($"p{i:00}.md", $"---\ntitle: Proef {i}\norder: {i}\n---\n{XssTests.Payloads[i]}\n");
        }
    }
}
