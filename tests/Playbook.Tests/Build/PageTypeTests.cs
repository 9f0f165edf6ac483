using Playbook.Tests.Support;

namespace Playbook.Tests.Build;

/// <summary>Every page type comes out with its title, navigation, breadcrumbs and table of contents.</summary>
public sealed class PageTypeTests : IAsyncLifetime
{
    private readonly TestSite _site = TestSite.Minimal();

    public async Task InitializeAsync() => await _site.BuildCleanAsync();

    public Task DisposeAsync()
    {
        _site.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("/", "Welkom")]
    [InlineData("/waarom/", "Waarom")]
    [InlineData("/rollen/", "Rollen")]
    [InlineData("/rollen/contentspecialist/", "Contentspecialist")]
    [InlineData("/rollen/klantcontactcentrum/", "Klantcontactcentrum")]
    [InlineData("/raci/", "RACI-matrices")]
    [InlineData("/raci/webcare/", "Webcare")]
    [InlineData("/wie-doet-wat/", "Wie doet wat")]
    [InlineData("/voorbeelden/", "Voorbeelden")]
    [InlineData("/voorbeelden/parkeren/", "Parkeren")]
    [InlineData("/404.html", "Pagina niet gevonden")]
    public void Every_page_type_has_its_title_language_and_skip_link(string url, string title)
    {
        var page = _site.Page(url);
        Assert.Equal(title, page.QuerySelector("main h1")?.TextContent);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.EndsWith("Testplaybook", page.Title, StringComparison.Ordinal);
        var skip = page.QuerySelector("a.pb-skip-link");
        Assert.NotNull(skip);
        Assert.NotNull(page.GetElementById(skip.GetAttribute("href")!.TrimStart('#')));
    }

    [Theory]
    [InlineData("/rollen/contentspecialist/")]
    [InlineData("/raci/webcare/")]
    [InlineData("/voorbeelden/parkeren/")]
    [InlineData("/wie-doet-wat/")]
    public void Navigation_lists_the_sections_and_marks_the_current_page(string url)
    {
        var page = _site.Page(url);
        var nav = page.QuerySelector("nav.pb-sidebar")!;
        var links = nav.QuerySelectorAll("a").Select(a => a.TextContent).ToList();
        Assert.Contains("Welkom", links);
        Assert.Contains("Waarom", links);
        Assert.Contains("Rollen", links);
        Assert.Contains("RACI-matrices", links);
        Assert.Contains("Voorbeelden", links);
        var current = nav.QuerySelector("a[aria-current=page]");
        Assert.NotNull(current);
        Assert.Equal(url, current.GetAttribute("href"));
    }

    [Fact]
    public void Section_pages_show_their_children_in_the_navigation()
    {
        var nav = _site.Page("/rollen/contentspecialist/").QuerySelector("nav.pb-sidebar")!;
        var roles = nav.QuerySelectorAll("li.pb-nav__item--open > ul > li > a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Contentspecialist", "Klantcontactcentrum"], roles);
    }

    [Theory]
    [InlineData("/rollen/contentspecialist/", new[] { "Welkom", "Rollen", "Contentspecialist" })]
    [InlineData("/raci/webcare/", new[] { "Welkom", "RACI-matrices", "Webcare" })]
    [InlineData("/voorbeelden/parkeren/", new[] { "Welkom", "Voorbeelden", "Parkeren" })]
    public void Breadcrumbs_lead_from_home_to_the_page(string url, string[] trail)
    {
        var crumbs = _site.Page(url).QuerySelectorAll("nav.pb-breadcrumbs li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(trail, crumbs);
    }

    [Fact]
    public void Table_of_contents_lists_markdown_and_generated_headings_with_readable_ids()
    {
        var page = _site.Page("/rollen/contentspecialist/");
        var toc = page.QuerySelectorAll("nav.pb-toc a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#doel", toc);
        Assert.Contains("#in-de-praktijk", toc);
        Assert.Contains("#resultaatgebieden", toc);
        Assert.Contains("#raci", toc);
        foreach (var href in toc)
        {
            Assert.NotNull(page.GetElementById(href!.TrimStart('#')));
        }

        var home = _site.Page("/");
        Assert.NotNull(home.GetElementById("strategieën"));
        Assert.Contains("#strategieën", home.QuerySelectorAll("nav.pb-toc a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Previous_and_next_follow_the_navigation_order()
    {
        var page = _site.Page("/rollen/contentspecialist/");
        Assert.Equal("/rollen/", page.QuerySelector("a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("/rollen/klantcontactcentrum/", page.QuerySelector("a[rel=next]")?.GetAttribute("href"));
        Assert.Null(_site.Page("/").QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public void Pages_have_edit_links_owner_and_review_date()
    {
        var page = _site.Page("/rollen/contentspecialist/");
        Assert.Equal("https://example.org/playbook/edit/main/content/rollen/contentspecialist.md", page.QuerySelector(".pb-page-meta a")?.GetAttribute("href"));
        var meta = page.QuerySelector(".pb-page-meta")!.TextContent;
        Assert.Contains("Teamleider communicatie", meta, StringComparison.Ordinal);
        Assert.Contains("30 juni 2027", meta, StringComparison.Ordinal);
        Assert.Null(_site.Page("/wie-doet-wat/").QuerySelector(".pb-page-meta a"));
    }

    [Fact]
    public void Markdown_links_to_source_files_and_ids_become_page_urls()
    {
        var home = _site.Page("/");
        var hrefs = home.QuerySelectorAll("article a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/rollen/contentspecialist/#doel", hrefs);
        Assert.Contains("/raci/webcare/", hrefs);
        var why = _site.Page("/waarom/").QuerySelectorAll("article a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/voorbeelden/parkeren/", why);
        Assert.Contains("/rollen/klantcontactcentrum/", why);
    }

    [Fact]
    public void Matrix_page_is_a_table_with_a_legend_and_row_anchors()
    {
        var page = _site.Page("/raci/webcare/");
        var table = page.QuerySelector("table.pb-matrix")!;
        Assert.NotNull(table.QuerySelector("caption"));
        var headers = table.QuerySelectorAll("thead th[scope=col]").Select(th => th.TextContent).ToList();
        Assert.Equal(["Activiteit", "Klantcontactcentrum", "Contentspecialist"], headers);
        var row = page.GetElementById("vragen-beantwoorden")!;
        Assert.Equal("Vragen beantwoorden", row.QuerySelector("th[scope=row]")!.TextContent.Trim());
        Assert.Equal(["RA", "C"], row.QuerySelectorAll("td .pb-raci").Select(td => td.TextContent.Trim()).ToList());
        // Each cell names its role too, for the phone layout where the cells become a card per activity.
        Assert.Equal(["Klantcontactcentrum", "Contentspecialist"], row.QuerySelectorAll("td .pb-matrix__cell-role").Select(td => td.TextContent).ToList());
        Assert.Equal("Eindverantwoordelijk", row.QuerySelector("abbr.pb-raci__letter--A")?.GetAttribute("title"));
        Assert.Equal(["R", "A", "C", "I"], page.QuerySelectorAll(".pb-legend dt .pb-raci__letter").Select(e => e.TextContent).ToList());
    }

    [Fact]
    public void Who_does_what_lists_every_activity_with_its_accountable_and_responsible_roles()
    {
        var page = _site.Page("/wie-doet-wat/");
        var rows = page.QuerySelectorAll("table.pb-who-does-what tbody tr")
            .Select(tr => string.Join(" | ", tr.Children.Select(c => c.TextContent.Trim())))
            .ToList();
        // Each cell starts with its letter, shown where the table becomes a card per activity.
        Assert.Equal(["Vragen beantwoorden | AKlantcontactcentrum | RKlantcontactcentrum", "Toon van stem bepalen | AContentspecialist | RContentspecialist"], rows);
        // Each row knows its A and R roles, for the role filter; without JavaScript each role links to its own list.
        Assert.Equal(["klantcontactcentrum klantcontactcentrum", "contentspecialist contentspecialist"],
            page.QuerySelectorAll("table.pb-who-does-what tbody tr").Select(tr => tr.GetAttribute("data-roles")!.Trim()).ToList());
        Assert.Contains("/rollen/contentspecialist/#raci", page.QuerySelectorAll("[data-role-filter] a").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public void Example_page_lists_its_steps_in_order_with_whom_and_its_matrix()
    {
        var page = _site.Page("/voorbeelden/parkeren/");
        var steps = page.QuerySelectorAll("ol.pb-steps > li").ToList();
        Assert.Equal(2, steps.Count);
        Assert.Equal("Contentspecialist", steps[0].QuerySelector(".pb-step__role")!.TextContent.Trim());
        Assert.Contains("Klantcontactcentrum", steps[0].QuerySelector(".pb-step__with")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(page.QuerySelectorAll("article a"), a => a.GetAttribute("href") == "/raci/webcare/");
    }

    [Fact]
    public void Role_overview_separates_core_roles_from_context_roles()
    {
        var page = _site.Page("/rollen/");
        var lists = page.QuerySelectorAll("ul.pb-cards").ToList();
        Assert.Equal("Contentspecialist", lists[0].QuerySelector(".pb-card__title")!.TextContent.Trim());
        Assert.Equal("Klantcontactcentrum", lists[1].QuerySelector(".pb-card__title")!.TextContent.Trim());
    }

    [Fact]
    public void Sitemap_lists_every_page_but_the_404_with_absolute_urls()
    {
        var sitemap = _site.OutputFile("sitemap.xml");
        Assert.Contains("<loc>https://playbook.test/rollen/contentspecialist/</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("<loc>https://playbook.test/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("404", sitemap, StringComparison.Ordinal);
    }
}
