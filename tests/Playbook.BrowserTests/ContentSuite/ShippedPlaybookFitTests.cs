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
    // Not files of their own: the results and the no-results state of /zoeken/, which the script fills in, and the
    // 404 page, which the server sends for a path that does not exist.
    private const string SearchResults = "/zoeken/?q=klantreis";
    private const string NoResults = "/zoeken/?q=xylofoonstemmer";
    private const string NotFound = "/deze-pagina-bestaat-niet/";

    [Fact]
    public async Task Every_page_fits_every_screen_light_and_dark_with_readable_diagrams_and_every_matrix_letter_visible()
    {
        var paths = FitTests.PagesOf(shipped.SiteDirectory).Append(SearchResults).Append(NoResults).Append(NotFound).ToList();
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
                else if (path == NoResults)
                {
                    await Assertions.Expect(page.Locator("[data-search-status]")).Not.ToBeEmptyAsync();
                }
            });
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Theory]
    [InlineData(1366, true)]
    [InlineData(1024, true)]
    [InlineData(390, false)]
    public async Task The_roles_overview_shows_its_role_picture_on_a_desktop_and_its_list_per_role_on_a_phone(int width, bool picture)
    {
        await using var page = await browser.OpenInSharedTabAsync("/rollen/", new PageSettings { Width = width }, shipped.Server);
        var figure = page.Page.Locator("figure.pb-diagram--network").First;
        await Assertions.Expect(figure.Locator(".pb-diagram__canvas svg")).ToBeVisibleAsync(new() { Visible = picture });
        await Assertions.Expect(figure.Locator(".pb-diagram__narrow")).ToBeVisibleAsync(new() { Visible = !picture });
    }
}
