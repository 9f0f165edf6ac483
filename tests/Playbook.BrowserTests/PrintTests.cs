using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>A printed role page (a job profile for HR) is the article alone, black on white, with link addresses written out.</summary>
[Collection(SitePrintAndAttack.Name)]
public sealed class PrintTests(BrowserFixture site)
{
    [Fact]
    public async Task Printed_role_page_shows_only_the_job_profile_in_black_on_white()
    {
        // Dark on screen, to show that paper is white anyway.
        await using var page = await site.OpenInSharedTabAsync(SitePaths.CoreRole, new PageSettings { ColorScheme = ColorScheme.Dark });
        await page.EmulatePrintAsync();

        foreach (var hidden in new[] { "nav.pb-sidebar", "nav.pb-toc", "nav.pb-pager", "nav.pb-breadcrumbs", "[data-theme-toggle]", ".pb-skip-link" })
        {
            Assert.False(await page.Page.Locator(hidden).IsVisibleAsync(), $"{hidden} is printed");
        }

        Assert.True(await page.Page.Locator("main h1").IsVisibleAsync());
        Assert.True(await page.Page.Locator("table.pb-role-assignments").IsVisibleAsync(), "the role's RACI assignments are not printed");
        Assert.Equal("rgb(0, 0, 0)", await page.Page.Locator("body").EvaluateAsync<string>("e => getComputedStyle(e).color"));
        Assert.Equal("rgb(255, 255, 255)", await page.Page.Locator("body").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("rgb(0, 0, 0)", await page.Page.Locator("main h1").EvaluateAsync<string>("e => getComputedStyle(e).color"));
    }

    [Fact]
    public async Task Printed_external_links_show_their_address_and_internal_links_do_not()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page);
        await page.EmulatePrintAsync();
        // The content has no external link of its own yet, so the test adds one the way Markdown renders it.
        await page.Page.Locator("article p").First.EvaluateAsync("p => { const a = document.createElement('a'); a.href = 'https://example.org/bron'; a.textContent = 'bron'; p.append(' ', a); }");
        var external = await page.Page.Locator("article a[href='https://example.org/bron']").EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("https://example.org/bron", external, StringComparison.Ordinal);
        var internalLink = await page.Page.Locator("article a[href^='/']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.DoesNotContain("/", internalLink, StringComparison.Ordinal);
    }
}
