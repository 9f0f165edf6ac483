using Microsoft.Playwright;
using Playbook.Preview;

namespace Playbook.BrowserTests.Security;

/// <summary>
/// One tab that loads the XSS pages one after the other and counts the dialogs each page's scripts open. A tab is
/// reused rather than opened per page: a new tab costs Chromium a renderer's start (three to four times a navigation's
/// CPU, bench/results/tests.md, session 6), and a navigation leaves nothing of the page before it running.
/// </summary>
internal sealed class AlertTab
{
    private readonly IPage _page;
    private int _alerts;

    private AlertTab(IPage page)
    {
        _page = page;
        page.Dialog += async (_, dialog) =>
        {
            Interlocked.Increment(ref _alerts);
            await dialog.DismissAsync();
        };
    }

    /// <summary>Opens the tab in <paramref name="context"/>; closing the context closes it.</summary>
    public static async Task<AlertTab> OpenAsync(IBrowserContext context) => new(await context.NewPageAsync());

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
