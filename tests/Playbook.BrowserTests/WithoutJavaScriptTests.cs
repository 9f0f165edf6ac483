using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>Every page works with JavaScript off: content visible, navigation reachable, no dead controls.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class WithoutJavaScriptTests(BrowserFixture site)
{
    [Theory]
    [MemberData(nameof(SitePaths.All), MemberType = typeof(SitePaths))]
    public async Task Content_and_navigation_are_there_without_JavaScript(string path)
    {
        await using var page = await site.OpenInSharedTabAsync(path, new PageSettings { JavaScript = false, ExpectedStatus = SitePaths.StatusOf(path) });
        Assert.True(await page.Page.Locator("main h1").IsVisibleAsync(), "the page title is not visible");
        Assert.True(await page.Page.Locator("nav.pb-sidebar .pb-nav a").First.IsVisibleAsync(), "the navigation is not visible on a wide screen");
        Assert.False(await page.Page.Locator("[data-theme-toggle]").IsVisibleAsync(), "the theme toggle shows although it cannot work without JavaScript");
    }

    [Fact]
    public async Task On_a_phone_the_menu_opens_without_JavaScript()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Matrix, PageSettings.Phone with { JavaScript = false });
        var link = page.Page.Locator("nav.pb-sidebar a[aria-current=page]");
        Assert.True(await page.Page.Locator("main h1").IsVisibleAsync(), "the page title is not visible");
        Assert.False(await link.IsVisibleAsync(), "the menu is open before anyone asked");
        await page.Page.Locator(".pb-menu > summary").FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.True(await link.IsVisibleAsync(), "the menu did not open without JavaScript");
        await link.ClickAsync();
        Assert.EndsWith(SitePaths.Matrix, page.Page.Url, StringComparison.Ordinal);
    }
}
