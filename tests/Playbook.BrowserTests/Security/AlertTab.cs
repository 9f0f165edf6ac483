using Microsoft.Playwright;
using Playbook.BrowserTests.Support;
using Playbook.Preview;

namespace Playbook.BrowserTests.Security;

/// <summary>
/// One tab that loads the XSS pages one after the other and counts the dialogs each page's scripts open. A tab is
/// reused rather than opened per page: a new tab costs Chromium a renderer's start (three to four times a navigation's
/// CPU, bench/results/tests.md, session 6), and a navigation leaves nothing of the page before it running.
/// </summary>
internal sealed class AlertTab : IAsyncDisposable
{
    private readonly SitePage _tab;
    private readonly IPage _page;
    private readonly EventHandler<IDialog> _dialog;
    private int _alerts;

    private AlertTab(SitePage tab)
    {
        _tab = tab;
        _page = tab.Page;
        _dialog = async (_, dialog) =>
        {
            Interlocked.Increment(ref _alerts);
            await dialog.DismissAsync();
        };
        _page.Dialog += _dialog;
    }

    /// <summary>Takes the collection's shared tab (BrowserFixture.OpenInSharedTabAsync), open at <paramref name="server"/>'s home; dispose it to hand the tab back.</summary>
    public static async Task<AlertTab> OpenAsync(BrowserFixture browser, StaticFileServer server) =>
        new(await browser.OpenInSharedTabAsync("/", site: server));

    public async ValueTask DisposeAsync()
    {
        _page.Dialog -= _dialog;
        await _tab.DisposeAsync();
    }

    /// <summary>Loads a page, clicks #xss-click if there is one, and counts the dialogs a script opened.</summary>
    /// <remarks>A dialog that fired late, after the wait below, is counted for the next page: a payload that ran is never lost.</remarks>
    public async Task<int> AlertsOnAsync(StaticFileServer server, string path)
    {
        Interlocked.Exchange(ref _alerts, 0);
        await _page.GotoAsync(server.Url(path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var click = _page.Locator("#xss-click");
        if (await click.CountAsync() > 0)
        {
            // Forced: the click is the payload's trigger, whatever covers the link; the timeout leaves room for a busy machine.
            await click.First.ClickAsync(new LocatorClickOptions { Force = true, Timeout = 15_000 });
        }

        // Handlers that fire after load (autofocus runs at the next rendering update, ontoggle and media errors are
        // queued tasks) have run once the page has painted a frame and then run a task queued behind them.
        await _page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)))");
        return Volatile.Read(ref _alerts);
    }
}
