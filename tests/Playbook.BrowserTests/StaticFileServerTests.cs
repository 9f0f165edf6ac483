using Playbook.Preview;
using System.Net;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>The test server behaves like the static host the site is published on.</summary>
public sealed class StaticFileServerTests : IAsyncLifetime, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "playbook-server-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false });
    private StaticFileServer? _server;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "rollen"));
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        File.WriteAllText(Path.Combine(_root, "index.html"), "home");
        File.WriteAllText(Path.Combine(_root, "rollen", "index.html"), "rollen");
        File.WriteAllText(Path.Combine(_root, "404.html"), "niet gevonden");
        File.WriteAllText(Path.Combine(_root, "assets", "site.css"), "body{}");
        File.WriteAllText(Path.Combine(_root, "assets", "a.svg"), "<svg/>");
        _server = StaticFileServer.Start(_root, new Dictionary<string, string> { ["Content-Security-Policy"] = "default-src 'self'" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Folder_urls_serve_their_index_and_a_missing_slash_redirects()
    {
        Assert.Equal("127.0.0.1", _server!.BaseUri.Host);
        Assert.Equal("rollen", await _client.GetStringAsync(_server.Url("/rollen/")));
        using var redirect = await _client.GetAsync(_server.Url("/rollen"));
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/rollen/", redirect.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Missing_files_get_the_404_page_with_status_404()
    {
        using var response = await _client.GetAsync(_server!.Url("/bestaat-niet/"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("niet gevonden", await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/bestaat-niet/", _server.MissingPaths);

        using var outside = await _client.GetAsync(_server.Url("/..%2F..%2Fetc%2Fpasswd"));
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/assets/site.css", "text/css")]
    [InlineData("/assets/a.svg", "image/svg+xml")]
    public async Task Files_have_their_content_type_and_the_given_headers(string path, string type)
    {
        using var response = await _client.GetAsync(_server!.Url(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
