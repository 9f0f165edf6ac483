using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests.Search;

/// <summary>The search box as people use it: type, see results, follow one to its heading, all by keyboard.</summary>
[Collection(SiteInBrowser.Name)]
public sealed class SearchBoxTests(BrowserFixture site)
{
    private const string Input = "header form[role=search] input[type=search]";

    [Fact]
    public async Task Typing_shows_the_expected_first_result_and_Enter_on_its_section_opens_the_right_heading()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page);
        await page.Page.Keyboard.PressAsync("/");
        await Assertions.Expect(page.Page.Locator(Input)).ToBeFocusedAsync();
        await page.Page.Keyboard.TypeAsync("wat doet een communitymanager", new() { Delay = 20 });

        // Results follow every key; wait for the ones for the whole query before choosing.
        await Assertions.Expect(page.Page.Locator("[role=listbox]:not([aria-busy])")).ToBeVisibleAsync();
        var options = page.Page.Locator("[role=listbox] [role=option]");
        await Assertions.Expect(options.First).ToContainTextAsync("Communitymanager");
        await Assertions.Expect(options.First).ToContainTextAsync("Rol");
        var input = page.Page.Locator(Input);
        Assert.Equal("true", await input.GetAttributeAsync("aria-expanded"));

        // First option: the role; the next one is its section "Wat de communitymanager doet".
        await page.Page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await options.Nth(0).GetAttributeAsync("id"), await input.GetAttributeAsync("aria-activedescendant"));
        await page.Page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(options.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(options.Nth(1)).ToContainTextAsync("Wat de communitymanager doet");
        await page.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/rollen/communitymanager/#wat-de-communitymanager-doet$"));
        var heading = page.Page.Locator("#wat-de-communitymanager-doet");
        await Assertions.Expect(heading).ToHaveTextAsync("Wat de communitymanager doet");
        await Assertions.Expect(heading).ToBeInViewportAsync();
        Assert.True(await heading.EvaluateAsync<bool>("e => e.matches(':target')"));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task An_activity_result_shows_its_matrix_and_who_is_A_and_R()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page);
        await page.Page.Locator(Input).FillAsync("webcare inrichten");
        var first = page.Page.Locator("[role=listbox] [role=option]").First;
        await Assertions.Expect(first).ToContainTextAsync("De webcare inrichten");
        await Assertions.Expect(first).ToContainTextAsync("Activiteit");
        await Assertions.Expect(first).ToContainTextAsync("Webcare");
        await Assertions.Expect(first).ToContainTextAsync("Eindverantwoordelijk (A): Klantcontactspecialist");
        await Assertions.Expect(first).ToContainTextAsync("Uitvoerend (R): Klantcontactspecialist, Klantcontactcentrum");
        Assert.Equal("webcare", (await first.Locator("mark").First.InnerTextAsync()).ToLowerInvariant());
    }

    [Fact]
    public async Task The_number_of_results_is_announced_and_Escape_closes_the_list()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page);
        var input = page.Page.Locator(Input);
        await input.FocusAsync();
        await page.Page.Keyboard.TypeAsync("parkeer");
        await Assertions.Expect(page.Page.Locator("[role=listbox]:not([aria-busy])")).ToBeVisibleAsync();
        var status = page.Page.Locator("header [role=status]");
        await Assertions.Expect(status).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^\\d+ resultaten$"));
        Assert.Equal("pb-search-listbox", await input.GetAttributeAsync("aria-controls"));
        Assert.Equal("combobox", await input.GetAttributeAsync("role"));

        await page.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Page.Locator("#pb-search-listbox")).ToBeHiddenAsync();
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        await Assertions.Expect(input).ToHaveValueAsync("parkeer");

        await page.Page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(input).ToHaveValueAsync(string.Empty);

        await page.Page.Keyboard.TypeAsync("xqzwv");
        await Assertions.Expect(status).ToHaveTextAsync("Geen resultaten");
    }

    [Fact]
    public async Task Enter_without_a_chosen_result_opens_a_linkable_results_page()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page);
        await page.Page.Locator(Input).FillAsync("klantcontact");
        await page.FollowAsync(() => page.Page.Locator(Input).PressAsync("Enter"), "**/zoeken/?q=klantcontact");
        var results = page.Page.Locator(".pb-search-page__result");
        await Assertions.Expect(results.First).ToContainTextAsync("Klantcontactspecialist");
        await Assertions.Expect(page.Page.Locator("main [role=status]")).ToContainTextAsync("resultaten voor “klantcontact”");
        await Assertions.Expect(page.Page.Locator("[data-search-fallback]")).ToBeHiddenAsync();

        // A results link is an ordinary link: Tab reaches it and Enter follows it.
        var link = results.First.Locator("a").First;
        await link.FocusAsync();
        await Assertions.Expect(link).ToBeFocusedAsync();
        await page.FollowAsync(() => page.Page.Keyboard.PressAsync("Enter"), "**/rollen/klantcontactspecialist/");
        await Assertions.Expect(page.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Klantcontactspecialist · "));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public async Task The_slash_key_does_not_steal_the_slash_from_someone_typing()
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/");
        var pageInput = page.Page.Locator("[data-search-page-input]");
        await pageInput.FocusAsync();
        await page.Page.Keyboard.TypeAsync("a/b");
        await Assertions.Expect(pageInput).ToHaveValueAsync("a/b");
        await Assertions.Expect(pageInput).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Without_javascript_the_results_page_points_to_the_overviews()
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/?q=webcare", new PageSettings { JavaScript = false });
        var fallback = page.Page.Locator("[data-search-fallback]");
        await Assertions.Expect(fallback).ToBeVisibleAsync();
        await Assertions.Expect(fallback).ToContainTextAsync("overzichten");
        Assert.Equal(4, await fallback.Locator("a").CountAsync());
        await page.FollowAsync(() => fallback.Locator("a").First.ClickAsync(), "**/rollen/");
        await Assertions.Expect(page.Page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Rollen · "));
    }

    [Fact]
    public async Task A_role_result_offers_its_job_profile_downloads_and_no_other_result_does()
    {
        await using var page = await site.OpenInSharedTabAsync("/zoeken/?q=communitymanager");
        var results = page.Page.Locator("[data-search-results] > li");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var role = page.Page.Locator("[data-search-results] > li:has(> a[href$='/rollen/communitymanager/'])");
        var files = role.Locator(".pb-search-page__downloads a");
        await Assertions.Expect(files).ToHaveCountAsync(2);
        await Assertions.Expect(files.First).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/rollen/communitymanager/[^/]+\\.docx$"));
        await Assertions.Expect(files.Nth(1)).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("/rollen/communitymanager/[^/]+\\.json$"));
        await Assertions.Expect(files.First).ToContainTextAsync("docx");
        var response = await page.Page.APIRequest.GetAsync((await files.First.EvaluateAsync<string>("a => a.href")));
        Assert.Equal(200, response.Status);

        var others = page.Page.Locator("[data-search-results] > li:not(:has(.pb-search-result__type--rol))");
        Assert.True(await others.CountAsync() > 0, "the query found no result other than roles");
        await Assertions.Expect(others.Locator(".pb-search-page__downloads")).ToHaveCountAsync(0);

        Assert.Empty(page.Problems);

        // The search box in the header (on a page other than the home, which has its own) offers the same files as options after the role's sections.
        await using var home = await site.OpenInSharedTabAsync(SitePaths.Page);
        await home.Page.Locator(Input).FillAsync("communitymanager");
        var option = home.Page.Locator("[role=listbox] [role=option].pb-search-result--download").First;
        await Assertions.Expect(option).ToHaveAttributeAsync("data-href", new System.Text.RegularExpressions.Regex("/rollen/communitymanager/[^/]+\\.docx$"));
    }

    [Fact]
    public async Task A_query_loads_only_the_index_files_it_needs()
    {
        await using var page = await site.OpenInSharedTabAsync(SitePaths.Page);
        var requested = new List<string>();
        void Record(object? sender, IRequest request)
        {
            if (request.Url.Contains("/zoeken/index/", StringComparison.Ordinal))
            {
                requested.Add(new Uri(request.Url).AbsolutePath);
            }
        }

        // The tab is shared: the handler goes when the query is done, so it does not outlive this test.
        page.Page.Request += Record;
        await page.Page.Locator(Input).FillAsync("kenteken");
        await Assertions.Expect(page.Page.Locator("[role=listbox] [role=option]").First).ToContainTextAsync("Kenteken");
        page.Page.Request -= Record;
        var shards = requested.Where(p => p.Contains("/s/", StringComparison.Ordinal)).ToList();
        var total = Directory.GetFiles(Path.Combine(site.SiteDirectory, "zoeken", "index", "s")).Length;
        Assert.Contains("/zoeken/index/manifest.json", requested);
        Assert.True(shards.Count <= 4, $"a one-word query loaded {shards.Count} shards: {string.Join(", ", shards)}");
        Assert.True(total > 20 * shards.Count, $"the index has only {total} shards");
        Assert.True(requested.Count(p => p.Contains("/f/", StringComparison.Ordinal)) <= 8, "more result fragments than results shown");
    }
}
