using Microsoft.Playwright;
using Playbook.BrowserTests.Support;

namespace Playbook.BrowserTests.Search;

/// <summary>
/// The ranking rules on a small site made for them, where each page matches the query in exactly one way:
/// titles and role names above headings above body text; exact above prefix above compound part above typo.
/// </summary>
[Collection(SiteAudits.Name)]
public sealed class SearchRankingTests(BrowserFixture site, RankingSite ranking) : IClassFixture<RankingSite>, IAsyncLifetime
{
    // The home page all of a test's queries run in, one after the other, as SearchQueryTests runs its 41: a search
    // keeps nothing between queries but the index files it loaded, and a tab per query cost a renderer's start each.
    private SitePage? _home;

    public async Task InitializeAsync()
    {
        _home = await OpenAsync("/");
        await SearchScript.WaitUntilReadyAsync(_home.Page);
    }

    public async Task DisposeAsync()
    {
        if (_home is not null)
        {
            await _home.DisposeAsync();
        }
    }

    [Fact]
    public async Task Title_exact_then_title_prefix_then_title_compound_then_heading_then_body()
    {
        var titles = await TitlesAsync("webcare");
        Assert.Equal(["Webcare", "Webcareteam", "Klantwebcare", "Werkwijze", "Handboek"], titles);
    }

    [Fact]
    public async Task A_role_name_on_an_activity_ranks_below_the_role_itself_and_above_body_text()
    {
        var titles = await TitlesAsync("wethouder");
        Assert.Equal(["Wethouder", "Een besluit nemen", "Notulen"], titles.Take(3));
    }

    [Fact]
    public async Task A_compound_part_finds_the_compound_and_marks_the_part_inside_it()
    {
        // beleid is a word of this site (Notulen), so parkeerbeleid splits into parkeer|beleid.
        Assert.Equal(["Parkeerbeleid", "Notulen"], await TitlesAsync("beleid"));
        await using var page = await OpenAsync("/zoeken/?q=beleid");
        var title = page.Page.Locator(".pb-search-page__result .pb-search-result__title").First;
        await Assertions.Expect(title).ToHaveTextAsync("Parkeerbeleid");
        Assert.Equal("beleid", await title.Locator("mark").InnerTextAsync());
    }

    [Fact]
    public async Task Prefixes_find_words_while_typing_from_two_letters_on()
    {
        Assert.Contains("Parkeerbeleid", await TitlesAsync("parkee"));
        Assert.Contains("Parkeren", await TitlesAsync("parkee"));
        Assert.Contains("Webcareteam", await TitlesAsync("we"));
        Assert.Empty(await TitlesAsync("w"));
    }

    [Fact]
    public async Task One_typo_is_tolerated_in_words_of_five_letters_or_more_only()
    {
        Assert.Equal("Webcare", (await TitlesAsync("webcaer"))[0]); // swapped letters
        Assert.Equal("Webcare", (await TitlesAsync("wbcare"))[0]); // missing letter near the front
        Assert.Equal("Webcare", (await TitlesAsync("xebcare"))[0]); // wrong first letter
        Assert.Equal(["Kanaal"], await TitlesAsync("kanool"));
        Assert.Empty(await TitlesAsync("tack")); // four letters: taak is not suggested
        Assert.Empty(await TitlesAsync("webcxxe")); // two typos
    }

    [Fact]
    public async Task Case_diacritics_plurals_and_stop_words_do_not_matter()
    {
        Assert.Equal(["Geïnformeerd blijven"], await TitlesAsync("GEINFORMEERD"));
        Assert.Equal(["Geïnformeerd blijven"], await TitlesAsync("geïnformeerd"));
        Assert.Equal(["Kanaal"], await TitlesAsync("kanalen"));
        Assert.Equal(["Taak"], await TitlesAsync("taken"));
        Assert.Equal(await TitlesAsync("wethouder"), await TitlesAsync("wie is de wethouder?"));
        Assert.Empty(await TitlesAsync("de van het"));
    }

    private async Task<IReadOnlyList<string>> TitlesAsync(string query)
    {
        var home = _home ?? throw new InvalidOperationException("the home page is not open");
        return (await SearchScript.SearchAsync(home.Page, query, 10)).Select(r => r.Title).ToList();
    }

    private Task<SitePage> OpenAsync(string path) => site.OpenInSharedTabAsync(path, site: ranking.Server);
}
