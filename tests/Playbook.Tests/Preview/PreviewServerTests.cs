using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Playbook.Diagnostics;
using Playbook.Output;
using Playbook.Preview;
using Playbook.Security;

namespace Playbook.Tests.Preview;

/// <summary>
/// The preview server behaves like the static host (validators, ranges, headers on every answer) and keeps open
/// pages informed: each build is one event, a failure is data that pages opened later still receive.
/// </summary>
public sealed class PreviewServerTests : IAsyncLifetime, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "playbook-preview-server-" + Guid.NewGuid().ToString("N"));
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private StaticFileServer? _server;

    private StaticFileServer Server => _server!;

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "rollen", "webcare"));
        Directory.CreateDirectory(Path.Combine(_root, "assets"));
        File.WriteAllText(Path.Combine(_root, "index.html"), "<!doctype html><html><body><h1>Start</h1></body></html>");
        File.WriteAllText(Path.Combine(_root, "rollen", "webcare", "index.html"), "<!doctype html><html><body><h1>Webcare</h1></body></html>");
        File.WriteAllText(Path.Combine(_root, "404.html"), "<!doctype html><html><body><h1>Pagina niet gevonden</h1></body></html>");
        File.WriteAllText(Path.Combine(_root, "assets", "site.css"), "body { color: black; }");
        _server = StaticFileServer.Start(_root, liveReload: true);
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
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Listens_on_loopback_on_the_free_port_it_was_given()
    {
        Assert.Equal("127.0.0.1", Server.BaseUri.Host);
        Assert.NotEqual(0, Server.BaseUri.Port);
        Assert.Contains("<h1>Webcare</h1>", await _http.GetStringAsync(Server.Url("/rollen/webcare/")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/rollen/webcare/")]
    [InlineData("/assets/site.css")]
    [InlineData("/bestaat-niet/")]
    [InlineData("/rollen")]
    [InlineData("/__playbook/preview.js")]
    public async Task Every_answer_carries_the_sites_security_headers(string path)
    {
        using var response = await _http.GetAsync(Server.Url(path));
        foreach (var (name, value) in SecurityHeaders.All)
        {
            Assert.Equal(value, response.Headers.GetValues(name).Single());
        }

        Assert.False(response.Headers.Contains("Server"), "the preview does not announce its server software");
    }

    [Fact]
    public async Task Files_are_revalidated_with_etags_and_served_in_ranges()
    {
        var url = Server.Url("/assets/site.css");
        using var first = await _http.GetAsync(url);
        Assert.Equal("text/css", first.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", first.Content.Headers.ContentType?.CharSet);
        var etag = first.Headers.ETag ?? throw new InvalidOperationException("no ETag");

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await _http.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        using var part = new HttpRequestMessage(HttpMethod.Get, url);
        part.Headers.Range = new RangeHeaderValue(0, 3);
        using var partial = await _http.SendAsync(part);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("body", await partial.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        using var post = await _http.PostAsync(Server.Url("/"), new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
        using var head = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, Server.Url("/rollen/webcare/")));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_missing_page_gets_the_404_page_with_the_preview_script()
    {
        using var response = await _http.GetAsync(Server.Url("/bestaat-niet/"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Pagina niet gevonden", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__playbook/preview.js\"></script></body>", html, StringComparison.Ordinal);
        Assert.Contains("/bestaat-niet/", Server.MissingPaths);
    }

    [Fact]
    public async Task A_good_build_is_one_event_saying_how_many_files_changed()
    {
        using var events = await OpenEventsAsync();
        Server.NotifyBuilt(new OutputChanges(Written: 3, Unchanged: 40, Removed: 1));

        Assert.Equal("event: reload", await NextLineAsync(events));
        using var data = JsonDocument.Parse(Data(await NextLineAsync(events)));
        Assert.Equal(3, data.RootElement.GetProperty("written").GetInt32());
        Assert.Equal(1, data.RootElement.GetProperty("removed").GetInt32());
    }

    [Fact]
    public async Task A_failure_is_sent_as_problems_with_their_location_and_kept_for_pages_opened_later()
    {
        using var open = await OpenEventsAsync();
        Server.NotifyFailed([new Diagnostic("PB003", DiagnosticSeverity.Error, "bad <script>alert(1)</script> front matter", new SourceLocation("content/waarom.md", 2, 8), "close the bracket")], PreviewLabels.Fallback);

        Assert.Equal("event: failed", await NextLineAsync(open));
        var problem = AssertSingleProblem(await NextLineAsync(open));
        Assert.Equal("content/waarom.md:2:8", problem.GetProperty("location").GetString());
        Assert.Equal("PB003", problem.GetProperty("code").GetString());
        Assert.Equal("bad <script>alert(1)</script> front matter", problem.GetProperty("message").GetString());
        Assert.Equal("close the bracket", problem.GetProperty("hint").GetString());

        // A page reloaded by hand while the build is still broken gets the same problems at once.
        using var later = await OpenEventsAsync();
        Assert.Equal("event: failed", await NextLineAsync(later));
        Assert.Equal("PB003", AssertSingleProblem(await NextLineAsync(later)).GetProperty("code").GetString());

        // After a good build, pages opened later hear nothing until the next build.
        Server.NotifyBuilt(new OutputChanges(1, 0, 0));
        using var afterFix = await OpenEventsAsync();
        Server.NotifyBuilt(new OutputChanges(2, 0, 0));
        Assert.Equal("event: reload", await NextLineAsync(afterFix));
    }

    [Fact]
    public async Task Stopping_ends_open_event_streams_instead_of_waiting_for_the_pages()
    {
        using var events = await OpenEventsAsync();
        await Server.DisposeAsync();
        _server = null;

        // The stream ends (the read completes) with nothing after the greeting's blank line.
        Assert.Equal(string.Empty, (await events.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10))).Trim());
    }

    private static JsonElement AssertSingleProblem(string? line)
    {
        using var data = JsonDocument.Parse(Data(line));
        return Assert.Single(data.RootElement.GetProperty("problems").EnumerateArray().ToList()).Clone();
    }

    private static string Data(string? line)
    {
        Assert.NotNull(line);
        Assert.StartsWith("data: ", line, StringComparison.Ordinal);
        return line["data: ".Length..];
    }

    private async Task<StreamReader> OpenEventsAsync()
    {
        var events = new StreamReader(await _http.GetStreamAsync(Server.Url("/__playbook/events")));
        Assert.Equal(": connected", await events.ReadLineAsync());
        return events;
    }

    /// <summary>The next non-blank line of the event stream (events are separated by blank lines).</summary>
    private static async Task<string?> NextLineAsync(StreamReader events)
    {
        string? line;
        do
        {
            line = await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        while (line == string.Empty);
        return line;
    }
}
