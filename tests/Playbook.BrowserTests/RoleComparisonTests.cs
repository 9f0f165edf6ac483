using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>/rollen/vergelijken/: a default pair without JavaScript, a picker of two to five roles with it, no WCAG 2.1 AA violations.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class RoleComparisonTests(BrowserFixture site)
{
    private const string Path = "/rollen/vergelijken/";

    [Fact]
    public async Task Without_javascript_the_first_two_roles_stand_side_by_side()
    {
        await using var page = await site.OpenInSharedTabAsync(Path, new PageSettings { JavaScript = false });

        Assert.Equal(["Contentspecialist", "Klantcontactspecialist"], await VisibleColumns(page));
        Assert.False(await page.Page.Locator("[data-compare-picker]").IsVisibleAsync(), "the picker shows although it cannot work");
        var grade = await page.Page.Locator("tbody tr").Last.Locator("td:visible").AllInnerTextsAsync();
        Assert.All(grade, g => Assert.Contains("indicatief", g, StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_javascript_the_picker_shows_two_to_five_chosen_roles()
    {
        await using var page = await site.OpenInSharedTabAsync(Path);
        var picker = page.Page.Locator("[data-compare-picker]");
        Assert.True(await picker.IsVisibleAsync());

        await picker.GetByLabel("Marketeer").CheckAsync();
        await picker.GetByLabel("Contentspecialist").UncheckAsync();
        Assert.Equal(["Klantcontactspecialist", "Marketeer"], await VisibleColumns(page));
        Assert.Contains("rollen=klantcontactspecialist%2Cmarketeer", page.Page.Url, StringComparison.Ordinal);

        // Two is the minimum: unchecking one of the last two is undone, and the status says why.
        var marketeer = picker.GetByLabel("Marketeer");
        await marketeer.ClickAsync();
        await Assertions.Expect(page.Page.Locator("[data-compare-status]")).ToContainTextAsync("minstens twee");
        await Assertions.Expect(marketeer).ToBeCheckedAsync();
        Assert.Equal(["Klantcontactspecialist", "Marketeer"], await VisibleColumns(page));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task A_shared_link_opens_with_the_roles_it_names()
    {
        await using var page = await site.OpenInSharedTabAsync(Path + "?rollen=communitymanager,marketeer,communicatiearchitect");
        Assert.Equal(["Communicatiearchitect", "Communitymanager", "Marketeer"], await VisibleColumns(page));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Comparison_page_has_no_wcag21_aa_violations(bool javaScript)
    {
        // Axe needs JavaScript in the page, so "without JavaScript" blocks the site's scripts instead of turning it off.
        await using var page = await site.OpenInSharedTabAsync(Path, new PageSettings { SiteScripts = javaScript });
        if (!javaScript)
        {
            Assert.Equal(2, await page.Page.Locator("table.pb-compare__table thead th[data-role]:visible").CountAsync());
        }

        await AccessibilityTests.AssertNoViolations(page.Page, $"{Path} ({(javaScript ? "with" : "without")} the site's scripts)");
    }

    [Fact]
    public async Task Role_overview_links_the_comparison_and_the_downloads_for_hr()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.RoleOverview);
        await page.Page.GetByRole(AriaRole.Link, new() { Name = "Rollen naast elkaar vergelijken" }).ClickAsync();
        Assert.EndsWith(Path, new Uri(page.Page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    private static async Task<List<string>> VisibleColumns(SitePage page) =>
        [.. (await page.Page.Locator("table.pb-compare__table thead th[data-role]:visible").AllInnerTextsAsync()).Select(t => t.Trim())];
}
