using System.Net;
using Playbook.Build;
using Playbook.Preview;
using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

/// <summary>The editor's preview serves the site on loopback, rebuilds on save and tells open pages to reload.</summary>
public sealed class PreviewTests
{
    [Fact]
    public async Task Serves_pages_with_folder_urls_and_the_404_page()
    {
        using var site = TestSite.Minimal();
        await using var session = new PreviewSession(site.Options(), 0, TextWriter.Null);
        Assert.True((await session.StartAsync()).Succeeded);
        using var http = new HttpClient { BaseAddress = new Uri(session.Url) };

        var role = await http.GetAsync("rollen/contentspecialist/");
        Assert.Equal(HttpStatusCode.OK, role.StatusCode);
        Assert.Equal("text/html", role.Content.Headers.ContentType?.MediaType);
        var html = await role.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Contentspecialist</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/__playbook/preview.js\"></script></body>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("__playbook", File.ReadAllText(Path.Combine(site.OutputDirectory, "rollen", "contentspecialist", "index.html")), StringComparison.Ordinal);

        var missing = await http.GetAsync("bestaat/niet/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Pagina niet gevonden", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("../../etc/passwd")).StatusCode);
    }

    [Fact]
    public async Task Saving_a_file_rebuilds_and_tells_open_pages_to_reload()
    {
        using var site = TestSite.Minimal();
        await using var session = new PreviewSession(site.Options(), 0, TextWriter.Null);
        await session.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(session.Url), Timeout = TimeSpan.FromSeconds(30) };
        using var events = new StreamReader(await http.GetStreamAsync("__playbook/events"));
        Assert.Equal(": connected", await events.ReadLineAsync());

        var rebuilt = Next(session);
        site.Write("waarom.md", "---\ntitle: Waarom nu\n---\nNieuwe tekst.");
        Assert.True((await rebuilt.WaitAsync(TimeSpan.FromSeconds(20))).Succeeded);

        Assert.Equal("event: reload", await NextLineAsync(events));
        Assert.Contains("Nieuwe tekst.", await http.GetStringAsync("waarom/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_save_keeps_the_last_good_site_and_sends_the_errors()
    {
        using var site = TestSite.Minimal();
        await using var session = new PreviewSession(site.Options(), 0, TextWriter.Null);
        await session.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(session.Url), Timeout = TimeSpan.FromSeconds(30) };
        using var events = new StreamReader(await http.GetStreamAsync("__playbook/events"));
        await events.ReadLineAsync();

        var rebuilt = Next(session);
        site.Write("waarom.md", "---\ntitle: [kapot\n---\n");
        Assert.False((await rebuilt.WaitAsync(TimeSpan.FromSeconds(20))).Succeeded);

        Assert.Equal("event: failed", await NextLineAsync(events));
        Assert.Contains("PB003", await NextLineAsync(events), StringComparison.Ordinal);
        Assert.Contains("<h1>Waarom</h1>", await http.GetStringAsync("waarom/"), StringComparison.Ordinal);
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

    private static Task<BuildResult> Next(PreviewSession session)
    {
        var done = new TaskCompletionSource<BuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Rebuilt += result => done.TrySetResult(result);
        return done.Task;
    }
}
