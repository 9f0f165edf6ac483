using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests;

/// <summary>Defects found in the screenshot review of every page type, each kept fixed: whole placeholders, aligned links, the role grid shown.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class ReviewedLayoutTests(BrowserFixture site)
{
    [Fact]
    public async Task The_header_search_box_shows_its_whole_placeholder_on_a_desktop()
    {
        await using var page = await site.OpenAsync(SitePaths.Page, new PageSettings { Width = 1366 });
        var measured = await page.Page.Locator(".pb-header .pb-search__input").EvaluateAsync<double[]>("""
            input => {
              const style = getComputedStyle(input);
              const context = document.createElement('canvas').getContext('2d');
              context.font = style.font;
              const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
              return [context.measureText(input.placeholder).width, room];
            }
            """);
        Assert.True(measured[0] <= measured[1], $"the placeholder needs {measured[0]:0} px, the box gives it {measured[1]:0} px");
    }

    [Fact]
    public async Task A_roles_download_links_in_the_search_results_stand_on_one_line()
    {
        await using var page = await site.OpenAsync("/zoeken/?q=contentspecialist", new PageSettings { Width = 1366 });
        var links = page.Page.Locator(".pb-search-page__downloads").First.Locator("li");
        await Assertions.Expect(links.First).ToBeVisibleAsync();
        var tops = await links.EvaluateAllAsync<double[]>("items => items.map(i => i.getBoundingClientRect().top)");
        Assert.True(tops.Length >= 2, "the role result has fewer than two downloads");
        Assert.All(tops, top => Assert.Equal(tops[0], top, 0.5));
    }
}
