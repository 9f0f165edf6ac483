using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Playbook.BrowserTests.Support;

/// <summary>
/// A page of the built site open in a browser tab. From the moment it opens it records what a visitor's browser would
/// complain about: console errors (CSP violations, missing files), script errors, failed requests and any request to
/// another host. Disposing it closes its context, or hands a shared tab back (BrowserFixture.OpenInSharedTabAsync).
/// </summary>
public sealed class SitePage : IAsyncDisposable
{
    private readonly Func<ValueTask> _release;
    private readonly ConcurrentQueue<string> _problems = new();
    private readonly EventHandler<IConsoleMessage> _console;
    private readonly EventHandler<IResponse> _response;
    private readonly EventHandler<string> _pageError;
    private readonly EventHandler<IRequest> _requestFailed;
    private readonly EventHandler<IRequest> _request;

    public SitePage(IBrowserContext context, IPage page, Uri siteUri)
        : this(page, siteUri, async () => await context.CloseAsync())
    {
    }

    /// <summary>A page whose tab outlives it: <paramref name="release"/> runs when it is disposed, after it stops recording.</summary>
    public SitePage(IPage page, Uri siteUri, Func<ValueTask> release)
    {
        _release = release;
        Page = page;
        var origin = siteUri.GetLeftPart(UriPartial.Authority);
        _console = (_, message) =>
        {
            // Missing files are reported below with their address; the console's version has none.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                _problems.Enqueue($"console error: {message.Text}");
            }
        };
        _response = (_, response) =>
        {
            // The page's own status is checked when it is opened (the 404 page answers 404 on purpose).
            if (response.Status >= 400 && !response.Request.IsNavigationRequest)
            {
                _problems.Enqueue($"HTTP {response.Status}: {response.Url}");
            }
        };
        _pageError = (_, error) => _problems.Enqueue($"script error: {error}");
        _requestFailed = (_, request) => _problems.Enqueue($"request failed: {request.Url} ({request.Failure})");
        _request = (_, request) =>
        {
            if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                _problems.Enqueue($"request to another host: {request.Url}");
            }
        };
        page.Console += _console;
        page.Response += _response;
        page.PageError += _pageError;
        page.RequestFailed += _requestFailed;
        page.Request += _request;
    }

    public IPage Page { get; }

    /// <summary>What went wrong while the page was open, in order; empty for a healthy page.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    /// <summary>
    /// Runs an action that navigates (a key press, a click) and waits until the new page is committed at
    /// <paramref name="url"/> (a glob). The wait is armed before the action, so a navigation that commits at once cannot
    /// slip past it, and it ends at the commit, not at the load event: the caller asserts what the new page shows with
    /// Expect, which waits for exactly that. (Waiting for "load" after the URL already matched timed out under load in
    /// session 5 with the page there: only "networkidle" reached the waiter.)
    /// </summary>
    public async Task FollowAsync(Func<Task> action, string url)
    {
        var arrived = Page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await Task.WhenAll(arrived, action());
    }

    /// <summary>Lays the page out as it prints (print.css in force), at the current viewport width.</summary>
    /// <remarks>
    /// The reduced-motion setting is passed again on purpose: with only Media set, Chromium kept the screen styles in
    /// a context that emulates reduced motion (as every context here does), so print tests measured the screen layout.
    /// </remarks>
    public Task EmulatePrintAsync() =>
        Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ReducedMotion = ReducedMotion.NoPreference });

    public async ValueTask DisposeAsync()
    {
        Page.Console -= _console;
        Page.Response -= _response;
        Page.PageError -= _pageError;
        Page.RequestFailed -= _requestFailed;
        Page.Request -= _request;
        await _release();
    }
}
