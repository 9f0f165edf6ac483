using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>The home's search box and questions, heading links with their copy button, and "naar boven", as a reader uses them.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class PageToolsTests(BrowserFixture site)
{
    [Fact]
    public async Task The_home_puts_one_search_box_first_on_a_phone_and_it_suggests_while_typing()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Home, PageSettings.Phone with { Width = 390, Height = 844 });
        var box = page.Page.Locator("main form[role=search] input[type=search]");
        await Assertions.Expect(box).ToBeInViewportAsync();
        await Assertions.Expect(page.Page.Locator("header form[role=search]")).ToBeHiddenAsync();
        await Assertions.Expect(box).ToHaveAccessibleNameAsync("Waar zoek je een antwoord op?");

        await box.FillAsync("webcare");
        await Assertions.Expect(page.Page.Locator("main [role=listbox] [role=option]").First).ToBeVisibleAsync();
        Assert.Equal("combobox", await box.GetAttributeAsync("role"));

        // The questions lead to the pages that answer them.
        await page.FollowAsync(() => page.Page.GetByRole(AriaRole.Link, new() { Name = "Wat doet een communitymanager?" }).ClickAsync(), "**/rollen/communitymanager/");
        await Assertions.Expect(page.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Communitymanager · "));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task The_copy_button_copies_the_sections_full_address_and_says_so_by_keyboard()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole);
        await page.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var heading = page.Page.Locator("h2#doel");
        var link = heading.Locator("a.pb-heading-link");
        await Assertions.Expect(link).ToHaveAttributeAsync("href", "#doel");

        // Keyboard: the link, then Tab to its copy button, which shows its focus and has a name.
        await link.FocusAsync();
        await Assertions.Expect(link).ToHaveCSSAsync("opacity", "1");
        await page.Page.Keyboard.PressAsync("Tab");
        var button = heading.GetByRole(AriaRole.Button, new() { Name = "Kopieer de link naar dit kopje" });
        await Assertions.Expect(button).ToBeFocusedAsync();
        Assert.True(await button.EvaluateAsync<bool>("b => b.matches(':focus-visible') && getComputedStyle(b).outlineStyle !== 'none' && getComputedStyle(b).opacity === '1'"), "the focused copy button shows no focus");
        await page.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Page.Locator("body > [role=status]")).ToHaveTextAsync("Link gekopieerd");
        var copied = await page.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(site.Server.BaseUri, "/rollen/contentspecialist/#doel").ToString(), copied);

        // The heading's name for a screen reader's list of headings starts with its own words.
        Assert.StartsWith("Doel", await heading.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Without_javascript_a_heading_link_still_leads_to_its_section_and_no_button_is_left_dead()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole, new PageSettings { SiteScripts = false });
        Assert.Equal(0, await page.Page.Locator(".pb-heading-copy").CountAsync());
        await page.Page.Locator("h2#doel a.pb-heading-link").FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page).ToHaveURLAsync(new Regex("/rollen/contentspecialist/#doel$"));
    }

    [Fact]
    public async Task Naar_boven_ends_a_long_page_on_a_phone_without_covering_text_and_takes_the_reader_up()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole, PageSettings.Phone with { Width = 390, Height = 844 });
        var back = page.Page.Locator(".pb-page-tools a.pb-back-to-top");
        await back.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(back).ToBeVisibleAsync();

        // Nothing else on the page lies under it: it sits in the flow, after the text.
        var covered = await back.EvaluateAsync<string[]>("""
            a => {
              const r = a.getBoundingClientRect();
              return [...document.querySelectorAll('main *')].filter(e => !a.contains(e) && !e.contains(a) && e.checkVisibility())
                .filter(e => { const b = e.getBoundingClientRect(); return b.width > 0 && b.height > 0 && b.left < r.right && b.right > r.left && b.top < r.bottom && b.bottom > r.top; })
                .map(e => e.tagName + '.' + e.className);
            }
            """);
        Assert.Empty(covered);

        await back.ClickAsync();
        await Assertions.Expect(page.Page.Locator("header.pb-header")).ToBeInViewportAsync();
    }

    [Fact]
    public async Task Naar_boven_stays_in_view_beside_the_text_on_a_wide_screen()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole, new PageSettings { Width = 1366, Height = 900 });
        await page.Page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight / 2)");
        var back = page.Page.Locator(".pb-toc a.pb-back-to-top");
        await Assertions.Expect(back).ToBeInViewportAsync();
        await Assertions.Expect(page.Page.Locator(".pb-page-tools a.pb-back-to-top")).ToBeHiddenAsync();
        await back.ClickAsync();
        await Assertions.Expect(page.Page.Locator("header.pb-header")).ToBeInViewportAsync();
    }
}
