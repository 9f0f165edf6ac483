using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>The colour-scheme toggle switches light and dark, and the choice survives a reload.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class ThemeToggleTests(BrowserFixture site)
{
    [Fact]
    public async Task On_a_phone_the_toggle_is_an_icon_button_on_the_titles_row_that_still_says_its_name_and_value()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page, PageSettings.Phone with { Width = 390, Height = 844 });
        var toggle = page.Page.Locator("[data-theme-toggle]");
        await Assertions.Expect(toggle).ToBeVisibleAsync();
        await Assertions.Expect(toggle).ToHaveAccessibleNameAsync("Kleurenschema: Systeem");

        var title = await page.Page.Locator(".pb-header__title").BoundingBoxAsync();
        var button = await toggle.BoundingBoxAsync();
        Assert.NotNull(title);
        Assert.NotNull(button);
        // One row: the button's vertical span overlaps the title's, so the header is two rows (title, search), not three.
        Assert.True(button.Y < title.Y + title.Height && title.Y < button.Y + button.Height,
            $"the toggle sits on a row of its own (title at y={title.Y}, toggle at y={button.Y})");
        Assert.True(button.Width >= 44 && button.Height >= 44, $"the icon button is {button.Width}×{button.Height}, under 44×44");
    }

    [Fact]
    public async Task Toggle_cycles_light_dark_system_and_the_choice_survives_a_reload()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Home);
        var toggle = page.Page.Locator("[data-theme-toggle]");
        Assert.True(await toggle.IsVisibleAsync(), "no theme toggle");
        Assert.Null(await DataTheme(page.Page));
        Assert.Contains("Systeem", await toggle.TextContentAsync(), StringComparison.Ordinal);

        await toggle.ClickAsync();
        Assert.Equal("light", await DataTheme(page.Page));
        Assert.Contains("Licht", await toggle.TextContentAsync(), StringComparison.Ordinal);

        await toggle.ClickAsync();
        Assert.Equal("dark", await DataTheme(page.Page));
        Assert.True(await Settles(page.Page, dark: true), "choosing dark did not darken the page");

        await page.Page.ReloadAsync();
        Assert.Equal("dark", await DataTheme(page.Page));
        Assert.True(await Settles(page.Page, dark: true), "after a reload the page is no longer dark");
        Assert.Contains("Donker", await toggle.TextContentAsync(), StringComparison.Ordinal);

        await page.Page.GotoAsync(SitePaths.Matrix);
        Assert.Equal("dark", await DataTheme(page.Page));

        await toggle.ClickAsync();
        Assert.Null(await DataTheme(page.Page));
        await page.Page.ReloadAsync();
        Assert.Null(await DataTheme(page.Page));
        Assert.True(await Settles(page.Page, dark: false), "back on 'system' (light here) the page is not light");
    }

    [Fact]
    public async Task Choosing_light_wins_over_a_dark_system_setting()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole, new PageSettings { ColorScheme = ColorScheme.Dark });
        Assert.True(await Settles(page.Page, dark: true), "the system's dark setting is not followed");
        await page.Page.Locator("[data-theme-toggle]").ClickAsync();
        Assert.Equal("light", await DataTheme(page.Page));
        Assert.True(await Settles(page.Page, dark: false), "choosing light on a dark system left the page dark");
        await page.Page.ReloadAsync();
        Assert.True(await Settles(page.Page, dark: false), "after a reload the chosen light scheme is lost");
    }

    private static Task<string?> DataTheme(IPage page) => page.Locator("html").GetAttributeAsync("data-theme");

    /// <summary>Whether the page's background becomes dark (or light) within ten seconds: a colour transition may be running, on a machine five browser collections keep busy.</summary>
    private static async Task<bool> Settles(IPage page, bool dark)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "dark => { const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number); const l = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255; return dark ? l < 0.2 : l > 0.8; }",
                dark,
                new PageWaitForFunctionOptions { Timeout = 10_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
