using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Playbook.Checks;
using Playbook.Cli;
using Playbook.Checks.External;
using Microsoft.Extensions.Time.Testing;
using Playbook.Tests.Support;

namespace Playbook.Tests.Checks;

/// <summary>'check --external' against a local server on 127.0.0.1 (never the internet): statuses, retries, Retry-After, timeouts, the cache.</summary>
public sealed class ExternalLinkTests : IDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly string _base;
    private readonly Task _serving;

    public ExternalLinkTests()
    {
        (_listener, _base) = StartListener();
        _serving = Task.Run(ServeAsync);
    }

    [Fact]
    public async Task External_links_are_requested_and_reported_at_their_markdown_lines()
    {
        using var site = LocalSite();
        var result = await site.BuildAsync(o => o with { WriteOutput = false, Checks = FastOptions() });

        var reported = result.Diagnostics.Select(d => $"{d.Location} {(d.IsError ? "error" : "warning")} {d.Code}").ToList();
        Assert.Equal(
            [
                "content/waarom.md:5:3 error LNK013",   // 404
                "content/waarom.md:6:3 warning LNK014", // 503 on every attempt
                "content/waarom.md:8:3 warning LNK014", // slower than the timeout
                "content/waarom.md:10:3 error LNK013",  // nothing listens on that port
            ],
            reported);
        Assert.Contains("HTTP 404", result.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("after 3 attempts", result.Diagnostics[1].Message, StringComparison.Ordinal);

        // 429 with Retry-After: 1 was asked again and then worked (how long it waited: see the fake-clock tests).
        Assert.Equal(2, _requests["/druk"]);
        Assert.Equal(3, _requests["/stuk"]);
        Assert.Equal(1, _requests["/ok"]);
        Assert.Equal(1, _requests["/verhuisd"]);
    }

    [Fact]
    public async Task A_second_check_asks_only_for_links_that_did_not_work()
    {
        using var site = LocalSite();
        await site.BuildAsync(o => o with { WriteOutput = false, Checks = FastOptions() });
        var cacheFile = Path.Combine(site.Root, ".playbook-cache", "external-links.json");
        Assert.True(File.Exists(cacheFile));
        var cache = File.ReadAllText(cacheFile);
        Assert.Contains(_base + "ok", cache, StringComparison.Ordinal);
        Assert.DoesNotContain(_base + "weg", cache, StringComparison.Ordinal);

        var second = await site.BuildAsync(o => o with { WriteOutput = false, Checks = FastOptions() });
        Assert.Equal(1, _requests["/ok"]);
        Assert.Equal(2, _requests["/weg"]);
        Assert.Contains(second.Diagnostics, d => d.Code == "LNK013" && d.Location.Line == 5);

        // A week later the cached answer is stale and the link is asked again.
        await site.BuildAsync(o => o with { WriteOutput = false, Checks = FastOptions(), Today = new DateOnly(2026, 12, 5) });
        Assert.Equal(2, _requests["/ok"]);
    }

    [Fact]
    public async Task Without_Retry_After_the_wait_doubles_between_attempts()
    {
        var clock = new FakeTimeProvider();
        var server = new FakeServer(clock, _ => new HttpResponseMessage(HttpStatusCode.InternalServerError));
        using var checker = new ExternalLinkChecker(new CheckOptions { ExternalRetries = 2, ExternalBackoff = TimeSpan.FromMilliseconds(200) }, server, clock);

        var result = await FakeServer.RunAsync(clock, checker.CheckAllAsync(["https://voorbeeld.test/kapot"], CancellationToken.None));

        Assert.Equal((ExternalOutcome.Unverified, 500), (result.Single().Value.Outcome, result.Single().Value.Status));
        // The clock moves in steps, so a wait can end a few steps late, never early: 200 ms, then twice that.
        var times = server.RequestTimes;
        Assert.Equal(3, times.Count);
        Assert.InRange((times[1] - times[0]).TotalMilliseconds, 200, 399);
        Assert.InRange((times[2] - times[1]).TotalMilliseconds, 400, 799);
    }

    [Fact]
    public async Task A_Retry_After_in_seconds_is_waited_instead_of_the_backoff()
    {
        var clock = new FakeTimeProvider();
        var server = new FakeServer(clock, count => count == 1 ? TooManyRequests(TimeSpan.FromSeconds(1)) : new HttpResponseMessage(HttpStatusCode.OK));
        using var checker = new ExternalLinkChecker(new CheckOptions { ExternalBackoff = TimeSpan.FromSeconds(30) }, server, clock);

        var result = await FakeServer.RunAsync(clock, checker.CheckAllAsync(["https://voorbeeld.test/druk"], CancellationToken.None));

        Assert.Equal(ExternalOutcome.Ok, result.Single().Value.Outcome);
        var times = server.RequestTimes;
        Assert.Equal(2, times.Count);
        Assert.InRange((times[1] - times[0]).TotalSeconds, 1, 2);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_within_the_timeout_leaves_the_link_unverified()
    {
        var clock = new FakeTimeProvider();
        var server = new FakeServer(clock, _ => null);
        using var checker = new ExternalLinkChecker(new CheckOptions { ExternalTimeout = TimeSpan.FromSeconds(3) }, server, clock);

        var result = await FakeServer.RunAsync(clock, checker.CheckAllAsync(["https://voorbeeld.test/traag"], CancellationToken.None));

        Assert.Equal(ExternalOutcome.Unverified, result.Single().Value.Outcome);
        Assert.Equal("no answer within 3 s", result.Single().Value.Detail);
        Assert.Single(server.RequestTimes);
    }

    [Fact]
    public async Task A_Retry_After_longer_than_the_maximum_wait_is_not_waited_for()
    {
        using var checker = new ExternalLinkChecker(new CheckOptions { ExternalMaxWait = TimeSpan.FromSeconds(5) });
        var results = await checker.CheckAllAsync([_base + "morgen"], CancellationToken.None);
        Assert.Equal(ExternalOutcome.Unverified, results[_base + "morgen"].Outcome);
        Assert.Contains("asks to wait 3600 s", results[_base + "morgen"].Detail, StringComparison.Ordinal);
        Assert.Equal(1, _requests["/morgen"]);
    }

    [Fact]
    public async Task The_check_command_asks_with_external_and_fails_on_a_broken_link()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", "title: Testplaybook\n");
        site.Write("waarom.md", $"---\ntitle: Waarom\n---\n[goed]({_base}ok) en [weg]({_base}weg)\n");
        var output = new StringWriter();
        var code = await PlaybookCommands.CreateRoot().RunAsync(
            ["check", "--external", "--format", "github", "--content", site.ContentDirectory, "--theme", TestSite.ThemeDirectory], output, new StringWriter());
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Matches(@"::error file=[^,]*content/waarom\.md,line=4,col=\d+,title=LNK013::'http://127\.0\.0\.1:\d+/weg' does not work: HTTP 404", output.ToString());
        Assert.Equal(1, _requests["/ok"]);
    }

    [Fact]
    public async Task Without_external_nothing_is_requested()
    {
        using var site = LocalSite();
        var result = await site.BuildAsync(o => o with { WriteOutput = false });
        Assert.Empty(_requests);
        Assert.Empty(result.Diagnostics);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _serving.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener was closed under a pending request.
        }
    }

    private static HttpResponseMessage TooManyRequests(TimeSpan retryAfter)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(retryAfter);
        return response;
    }

    private static CheckOptions FastOptions() => new()
    {
        External = true,
        ExternalTimeout = TimeSpan.FromSeconds(3),
        ExternalRetries = 2,

        // Every retry in these tests follows a Retry-After; a 30 s backoff would show as a slow test.
        ExternalBackoff = TimeSpan.FromSeconds(30),
    };

    /// <summary>A site whose only external links point at the local server (no repositoryUrl, so no edit links).</summary>
    private TestSite LocalSite()
    {
        var site = TestSite.Minimal();
        site.Write("playbook.yml", "title: Testplaybook\nbaseUrl: https://playbook.test\n");
        site.Write("waarom.md", $"""
            ---
            title: Waarom
            ---
            - [goed]({_base}ok)
            - [weg]({_base}weg)
            - [stuk]({_base}stuk)
            - [druk]({_base}druk)
            - [traag]({_base}traag)
            - [verhuisd]({_base}verhuisd#deel)
            - [dicht](http://127.0.0.1:{ClosedPort}/)
            """);
        return site;
    }

    private static int ClosedPort { get; } = FreePort();

    /// <summary>A listener on a free port; another test may take the port between asking and binding, so try again.</summary>
    private static (HttpListener Listener, string Base) StartListener()
    {
        for (var attempt = 1; ; attempt++)
        {
            var address = $"http://127.0.0.1:{FreePort()}/";
            var listener = new HttpListener();
            listener.Prefixes.Add(address);
            try
            {
                listener.Start();
                return (listener, address);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var count = _requests.AddOrUpdate(path, 1, (_, n) => n + 1);
        var response = context.Response;
        switch (path)
        {
            case "/ok":
                response.StatusCode = 200;
                break;
            case "/weg":
                response.StatusCode = 404;
                break;
            case "/stuk":
                response.StatusCode = 503;
                response.AddHeader("Retry-After", "0");
                break;
            case "/kapot":
                response.StatusCode = 500;
                break;
            case "/morgen":
                response.StatusCode = 429;
                response.AddHeader("Retry-After", "3600");
                break;
            case "/druk" when count == 1:
                response.StatusCode = 429;
                response.AddHeader("Retry-After", "1");
                break;
            case "/druk":
                response.StatusCode = 200;
                break;
            case "/traag":
                await Task.Delay(TimeSpan.FromSeconds(8));
                response.StatusCode = 200;
                break;
            case "/verhuisd":
                response.StatusCode = 301;
                response.RedirectLocation = _base + "ok-nieuw";
                break;
            default:
                response.StatusCode = 200;
                break;
        }

        try
        {
            response.Close();
        }
        catch (HttpListenerException)
        {
            // The client gave up (the timeout test).
        }
    }
}
