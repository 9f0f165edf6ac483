using System.Text.Json;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests.Search;

/// <summary>Search answers what was meant: all words before some, clean snippets, one search box, the query in the title, and help when nothing is found.</summary>
[Collection(SiteAudits.Name)]
public sealed class SearchIntentTests(BrowserFixture site)
{
    [Theory]
    [InlineData("eindverantwoordelijk webcare")]
    [InlineData("klantcontactcentrum campagne")]
    public async Task Results_with_every_word_come_before_results_with_some_and_those_are_marked(string query)
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/");
        await SearchScript.WaitUntilReadyAsync(page.Page);
        var complete = await page.Page.EvaluateAsync<bool[]>("q => PlaybookSearch.search(q, 50).then(r => r.results.map(x => x.complete))", query);

        Assert.Contains(true, complete);
        Assert.Contains(false, complete);
        var firstPartial = Array.IndexOf(complete, false);
        Assert.True(complete.Skip(firstPartial).All(c => !c), $"a result with every word of '{query}' comes after one with only some: {string.Join(",", complete)}");

        await page.Page.GotoAsync("/zoeken/?q=" + Uri.EscapeDataString(query));
        var items = page.Page.Locator(".pb-search-page__result");
        await items.First.WaitForAsync();
        Assert.Equal(complete.Count(c => !c), await page.Page.Locator(".pb-search-page__result .pb-search-result__partial").CountAsync());
    }

    [Theory]
    [InlineData("webcare")]
    [InlineData("kenteken parkeren")]
    [InlineData("contentspecialist")]
    [InlineData("rollen")]
    public async Task Snippets_hold_no_diagram_fallback_text_and_sub_results_have_headings(string query)
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/");
        await SearchScript.WaitUntilReadyAsync(page.Page);
        var json = await page.Page.EvaluateAsync<string>(
            "q => PlaybookSearch.search(q, 50).then(r => JSON.stringify(r.results.map(x => ({ snippet: x.snippet.map(p => p.text).join(''), sections: x.sections.map(s => ({ heading: s.heading, snippet: s.snippet.map(p => p.text).join('') })) }))))",
            query);
        using var results = JsonDocument.Parse(json);
        Assert.NotEmpty(results.RootElement.EnumerateArray());
        foreach (var result in results.RootElement.EnumerateArray())
        {
            Assert.DoesNotContain("diagram", result.GetProperty("snippet").GetString()!, StringComparison.OrdinalIgnoreCase);
            foreach (var section in result.GetProperty("sections").EnumerateArray())
            {
                Assert.False(string.IsNullOrWhiteSpace(section.GetProperty("heading").GetString()), "a sub-result without a heading");
                Assert.DoesNotContain("Gegevens van dit diagram", section.GetProperty("snippet").GetString()!, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task The_results_page_has_one_search_box_and_names_the_query_in_its_title()
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/?q=webcare");
        await page.Page.Locator(".pb-search-page__result").First.WaitForAsync();

        Assert.Equal(1, await page.Page.Locator("input[type=search]:visible").CountAsync());
        Assert.StartsWith("\u201cwebcare\u201d", await page.Page.TitleAsync(), StringComparison.Ordinal);
        await page.Page.Keyboard.PressAsync("/");
        Assert.Equal("pb-search-page-input", await page.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task Without_results_the_page_says_so_and_offers_the_overviews()
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/?q=xyzzyplugh");
        var status = page.Page.Locator("[data-search-status]");
        await Microsoft.Playwright.Assertions.Expect(status).ToContainTextAsync("Geen resultaten");
        var fallback = page.Page.Locator("[data-search-fallback]");
        Assert.True(await fallback.IsVisibleAsync(), "no suggestions when nothing is found");
        Assert.Contains("Niets gevonden", await fallback.InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await fallback.Locator("a[href$='/wie-doet-wat/']").IsVisibleAsync());
    }
}
