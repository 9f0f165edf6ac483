using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>A shared tab handed back after a test comes to the next one as a new tab would: nothing stored, nothing hovered, no permission left.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class SharedTabTests(BrowserFixture site)
{
    private const string Term = ".pb-term__link[href$='#content']";

    [Fact]
    public async Task The_next_test_finds_no_stored_choice_no_hover_and_no_permission_of_the_last()
    {
        IPage first;
        await using (var page = await site.OpenInSharedTabAsync("/waarom/"))
        {
            first = page.Page;
            await page.Page.Locator("[data-theme-toggle]").ClickAsync();
            Assert.Equal("light", await page.Page.Locator("html").GetAttributeAsync("data-theme"));
            await page.Page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
            await page.Page.Locator(Term).HoverAsync();
            await page.Page.EvaluateAsync("() => window.scrollTo(0, 400)");
        }

        await using var next = await site.OpenInSharedTabAsync("/waarom/");
        Assert.Same(first, next.Page);
        Assert.Null(await next.Page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal(0, await next.Page.EvaluateAsync<int>("() => localStorage.length"));
        Assert.Equal(0, await next.Page.EvaluateAsync<int>("() => document.querySelectorAll(':hover').length"));
        Assert.Equal(0, await next.Page.EvaluateAsync<int>("() => window.scrollY"));
        Assert.False(await next.Page.Locator("#pb-term-content").IsVisibleAsync(), "the tooltip of the term the last test hovered shows");
        Assert.Equal("prompt", await next.Page.EvaluateAsync<string>("async () => (await navigator.permissions.query({ name: 'clipboard-read' })).state"));
    }
}
