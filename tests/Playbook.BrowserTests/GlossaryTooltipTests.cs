using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>
/// The glossary page and the first-use tooltips in Chromium: the definition shows on hover and on keyboard focus,
/// stays while the pointer is on it, Escape hides it, and axe finds nothing with a tooltip open, light or dark.
/// </summary>
[Collection(SiteInBrowser.Name)]
public sealed class GlossaryTooltipTests(BrowserFixture site)
{
    private const string Glossary = "/begrippenlijst/";

    // /waarom/ uses "content" before any other page text links it: its first use is a term link.
    private const string PageWithTerms = "/waarom/";
    private const string Term = ".pb-term__link[href$='#content']";
    private const string Tip = "#pb-term-content";

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task The_glossary_page_has_no_wcag21_aa_violations(string scheme)
    {
        await using var page = await site.OpenInSharedTabAsync(Glossary, new PageSettings { ColorScheme = AccessibilityTests.Scheme(scheme) });
        Assert.True(await page.Page.Locator("h2#klantcontactcentrum").IsVisibleAsync(), "the glossary shows no term 'klantcontactcentrum'");
        await AccessibilityTests.AssertNoViolations(page.Page, $"{Glossary} ({scheme})");
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task The_definition_appears_on_hover_stays_while_the_pointer_is_on_it_and_disappears_after()
    {
        await using var page = await site.OpenInSharedTabAsync(PageWithTerms);
        var tip = page.Page.Locator(Tip);
        Assert.False(await tip.IsVisibleAsync(), "the tooltip shows before anything happened");

        await page.Page.Locator(Term).HoverAsync();
        Assert.True(await tip.IsVisibleAsync(), "hovering the term does not show its definition");
        Assert.StartsWith("Alle informatie die de gemeente deelt", await tip.TextContentAsync(), StringComparison.Ordinal);

        await tip.HoverAsync();
        Assert.True(await tip.IsVisibleAsync(), "the tooltip closes when the pointer moves onto it");

        await page.Page.Mouse.MoveAsync(1, 1);
        Assert.False(await tip.IsVisibleAsync(), "the tooltip stays after the pointer left");
    }

    [Fact]
    public async Task The_definition_appears_on_keyboard_focus_is_the_link_s_description_and_escape_hides_it()
    {
        await using var page = await site.OpenInSharedTabAsync(PageWithTerms);
        var link = page.Page.Locator(Term);
        await link.FocusAsync();
        var tip = page.Page.Locator(Tip);
        Assert.True(await tip.IsVisibleAsync(), "focusing the term does not show its definition");
        Assert.Equal(Tip.TrimStart('#'), await link.GetAttributeAsync("aria-describedby"));
        Assert.Equal("tooltip", await tip.GetAttributeAsync("role"));

        await page.Page.Keyboard.PressAsync("Escape");
        Assert.False(await tip.IsVisibleAsync(), "Escape does not hide the tooltip");
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Without_javascript_the_tooltip_still_shows_on_focus()
    {
        await using var page = await site.OpenInSharedTabAsync(PageWithTerms, new PageSettings { SiteScripts = false });
        await page.Page.Locator(Term).FocusAsync();
        Assert.True(await page.Page.Locator(Tip).IsVisibleAsync(), "the tooltip needs the site's script");
    }

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public async Task A_page_with_a_tooltip_open_has_no_wcag21_aa_violations(string scheme)
    {
        await using var page = await site.OpenInSharedTabAsync(PageWithTerms, new PageSettings { ColorScheme = AccessibilityTests.Scheme(scheme) });
        await page.Page.Locator(Term).FocusAsync();
        Assert.True(await page.Page.Locator(Tip).IsVisibleAsync());
        await AccessibilityTests.AssertNoViolations(page.Page, $"{PageWithTerms} with a tooltip open ({scheme})");
    }
}
