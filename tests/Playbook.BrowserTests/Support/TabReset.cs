using Microsoft.Playwright;

namespace Playbook.BrowserTests.Support;

/// <summary>
/// Undoes what a test may have done to a shared tab (BrowserFixture.OpenInSharedTabAsync) so that the next test finds it
/// as a new tab would be: nothing stored, no permissions, no cookies, the pointer off the page, scrolled to the top.
/// The next test's navigation, viewport and emulated media reset the rest (focus, page state, screen, colour scheme).
/// </summary>
internal static class TabReset
{
    // A page that does not answer within this (a hung script, a crashed renderer) is closed rather than handed on.
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    /// <summary>Resets the tab; false when it could not be reset and must be closed instead of shared.</summary>
    public static async Task<bool> TryAsync(IPage page, bool javaScript)
    {
        var reset = ResetAsync(page, javaScript);
        try
        {
            return await reset.WaitAsync(Limit);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            return false;
        }
    }

    private static async Task<bool> ResetAsync(IPage page, bool javaScript)
    {
        if (page.IsClosed)
        {
            return false;
        }

        // Off the page: a pointer left over a link or a term would hover whatever the next page has there.
        await page.Mouse.MoveAsync(-1, -1);
        if (javaScript)
        {
            // Storage is per origin, and a shared tab only ever shows its own site's origin. (Where the context has
            // JavaScript off, no script could have stored anything, and evaluating would wait for ever.)
            await page.EvaluateAsync("() => { localStorage.clear(); sessionStorage.clear(); window.scrollTo(0, 0); }");
        }

        await page.Context.ClearPermissionsAsync();
        await page.Context.ClearCookiesAsync();
        return true;
    }
}
