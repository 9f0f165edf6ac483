using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests.ContentSuite;

/// <summary>
/// The shipped playbook (content/) in Chromium, every page and a search results page, at 1366, 1024, 768 and 390 wide,
/// light and dark, with FitTests' measurements: nothing wider than the screen (page, table, figure), no diagram text
/// below 12 px, every matrix letter and role name on screen; and no console error, CSP violation or failed request.
/// Each page loads once; the width and the colour scheme change in place (FitTests.MeasureAtEveryScreenAsync), a few
/// pages at a time (FitTests.MeasureInTabsAsync). With
/// PLAYBOOK_SCREENSHOTS set to a folder it also saves full-page screenshots at 1366 and 390, for a person to look at.
/// </summary>
[Collection(ShippedInBrowser.Name)]
public sealed class ShippedPlaybookFitTests(BrowserFixture browser, ShippedSite shipped) : IClassFixture<ShippedSite>
{
    // Not a file of its own: the results state of /zoeken/, which the script fills in.
    private const string SearchResults = "/zoeken/?q=klantreis";

    [Fact]
    public async Task Every_page_fits_every_screen_light_and_dark_with_readable_diagrams_and_every_matrix_letter_visible()
    {
        var paths = FitTests.PagesOf(shipped.SiteDirectory).Append(SearchResults).ToList();
        Assert.True(paths.Count >= 30, $"only {paths.Count} pages found in the built shipped playbook");
        var problems = await FitTests.MeasureInTabsAsync(
            () => browser.OpenAsync(paths[0], site: shipped.Server),
            paths,
            path => path,
            async (page, path) =>
            {
                if (path == SearchResults)
                {
                    await Assertions.Expect(page.Locator(".pb-search-page__result").First).ToBeVisibleAsync();
                }
            });
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
