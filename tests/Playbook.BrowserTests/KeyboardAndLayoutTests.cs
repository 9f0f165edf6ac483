using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>Keyboard users reach the content first, and the layout fits a phone without sideways scrolling.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class KeyboardAndLayoutTests(BrowserFixture site)
{
    private const string ActiveElement = "() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 120) : ''; }";

    [Fact]
    public async Task Tab_from_the_top_reaches_the_skip_link_first_and_Enter_moves_focus_to_main()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole);
        var skip = page.Page.Locator("a.pb-skip-link");
        Assert.False(await IsOnScreen(skip), "the skip link is shown before it has focus");

        await page.Page.Keyboard.PressAsync("Tab");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "first Tab focused " + await page.Page.EvaluateAsync<string>(ActiveElement));
        Assert.True(await IsOnScreen(skip), "the focused skip link is not visible");

        await page.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("inhoud", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("main", await page.Page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));

        // The next Tab continues inside main, past header and navigation.
        await page.Page.Keyboard.PressAsync("Tab");
        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"), "Tab after the skip link went to " + await page.Page.EvaluateAsync<string>(ActiveElement));
    }

    [Fact]
    public async Task On_a_wide_screen_the_navigation_is_shown_beside_the_text()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole);
        var current = page.Page.Locator("nav.pb-sidebar a[aria-current=page]");
        Assert.True(await current.IsVisibleAsync(), "the current page is not visible in the navigation");
        Assert.False(await page.Page.Locator(".pb-menu > summary").IsVisibleAsync(), "the phone's menu button shows on a wide screen");
        var nav = await page.Page.Locator("nav.pb-sidebar").BoundingBoxAsync();
        var main = await page.Page.Locator("main").BoundingBoxAsync();
        Assert.True(nav!.X + nav.Width <= main!.X + 1, "navigation and text overlap");
        Assert.True(await page.Page.Locator("nav.pb-toc").IsVisibleAsync(), "the in-page table of contents is not shown on a wide screen");
    }

    [Fact]
    public async Task On_a_phone_the_menu_is_collapsed_and_opens_and_closes_with_the_keyboard()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole, PageSettings.Phone);
        var current = page.Page.Locator("nav.pb-sidebar a[aria-current=page]");
        var summary = page.Page.Locator(".pb-menu > summary");
        Assert.False(await current.IsVisibleAsync(), "the navigation is expanded on a phone before anyone asked for it");
        Assert.True(await summary.IsVisibleAsync(), "no menu button on a phone");
        Assert.False(await page.Page.Locator("nav.pb-toc").IsVisibleAsync(), "the table of contents takes room on a phone");

        await TabTo(page.Page, summary);
        await page.Page.Keyboard.PressAsync("Enter");
        Assert.True(await current.IsVisibleAsync(), "Enter on the menu button did not show the navigation");
        Assert.Equal("true", await summary.EvaluateAsync<string>("e => String(e.parentElement.open)"));

        await page.Page.Keyboard.PressAsync("Tab");
        Assert.True(await page.Page.EvaluateAsync<bool>("() => document.activeElement.closest('.pb-nav') !== null"), "Tab after opening the menu went to " + await page.Page.EvaluateAsync<string>(ActiveElement));

        await page.Page.Keyboard.PressAsync("Escape");
        Assert.False(await current.IsVisibleAsync(), "Escape did not close the menu");
        Assert.True(await summary.EvaluateAsync<bool>("e => e === document.activeElement"), "after Escape the focus is not back on the menu button");

        await page.Page.Keyboard.PressAsync(" ");
        Assert.True(await current.IsVisibleAsync(), "Space on the menu button did not open the navigation");
    }

    [Theory]
    [MemberData(nameof(SitePaths.All), MemberType = typeof(SitePaths))]
    public async Task On_a_phone_the_page_never_scrolls_sideways(string path)
    {
        await using var page = await site.OpenInSharedTabAsync(path, PageSettings.Phone with { ExpectedStatus = SitePaths.StatusOf(path) });
        await AssertNoSidewaysScroll(page.Page, path);
        await page.Page.Locator(".pb-menu > summary").ClickAsync();
        await AssertNoSidewaysScroll(page.Page, path + " with the menu open");
    }

    [Fact]
    public async Task On_a_phone_the_matrix_is_a_card_per_activity_that_needs_no_sideways_scrolling()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Matrix, PageSettings.Phone);
        var wrapper = page.Page.Locator(".pb-table-wrapper").Filter(new() { Has = page.Page.Locator("table.pb-matrix") });
        Assert.False(await wrapper.EvaluateAsync<bool>("e => e.scrollWidth > e.clientWidth"), "the matrix scrolls sideways on a phone");
        var firstRole = page.Page.Locator("table.pb-matrix tbody tr").First.Locator(".pb-matrix__cell-role").First;
        Assert.True(await firstRole.IsVisibleAsync(), "a card does not name the role of its letters");
        await TabTo(page.Page, wrapper);
        Assert.NotEqual("none", await wrapper.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(PageSettings.PhoneWidth)]
    public async Task Controls_and_navigation_links_are_at_least_24_pixels_tall(int width)
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole, new PageSettings { Width = width });
        if (width == PageSettings.PhoneWidth)
        {
            await page.Page.Locator(".pb-menu > summary").ClickAsync();
        }

        var small = await page.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('header a, header button, summary, nav a, .pb-pager a')]
              .filter(e => e.getClientRects().length > 0)
              .map(e => [e, e.getBoundingClientRect()])
              .filter(([, r]) => r.height < 24 || r.width < 24)
              .map(([e, r]) => `${e.textContent.trim()} (${Math.round(r.width)}×${Math.round(r.height)})`)
            """);
        Assert.True(small.Length == 0, "targets smaller than 24×24 px: " + string.Join(", ", small));
    }

    private static async Task AssertNoSidewaysScroll(IPage page, string what)
    {
        var (scrollWidth, clientWidth) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => document.documentElement.clientWidth"));
        if (scrollWidth > clientWidth)
        {
            var culprits = await page.EvaluateAsync<string[]>("""
                () => [...document.body.querySelectorAll('*')]
                  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                  .filter(e => !e.parentElement.closest('.pb-table-wrapper'))
                  .slice(0, 5).map(e => e.outerHTML.slice(0, 100))
                """);
            Assert.Fail($"{what} is {scrollWidth}px wide on a {clientWidth}px screen; too wide: {string.Join(" | ", culprits)}");
        }
    }

    private static async Task<bool> IsOnScreen(ILocator element)
    {
        var box = await element.BoundingBoxAsync();
        return box is not null && box.Y >= 0 && box.X >= 0 && box.Width > 0 && box.Height > 0;
    }

    private static async Task TabTo(IPage page, ILocator target)
    {
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail("40 presses of Tab did not reach " + await target.EvaluateAsync<string>("e => e.outerHTML.slice(0, 100)"));
    }
}
