using Playbook.Tests.Support;

namespace Playbook.Tests.Build;

/// <summary>The sidebar is rendered once per section, yet every page still shows its own link as the current one.</summary>
public sealed class SectionNavTests
{
    [Fact]
    public async Task Every_page_marks_exactly_its_own_link_as_current()
    {
        using var site = SiteWithSections();
        await site.BuildCleanAsync();

        var checkedPages = 0;
        foreach (var url in NavUrls(site))
        {
            var current = site.Page(url).QuerySelectorAll(".pb-nav a[aria-current=page]").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal([url], current);
            checkedPages++;
        }

        Assert.True(checkedPages >= 8, $"only {checkedPages} pages checked");
    }

    [Fact]
    public async Task A_theme_that_marks_the_current_page_its_own_way_gets_it_on_every_page()
    {
        using var site = SiteWithSections();
        var theme = site.CopyTheme();
        var navItem = Path.Combine(theme, "partials", "nav-item.liquid");
        File.WriteAllText(navItem, File.ReadAllText(navItem).Replace("{% if item.is_current %} aria-current=\"page\"{% endif %}", "{% if item.is_current %} class=\"huidig\"{% endif %}", StringComparison.Ordinal)
            .Replace("{% if child.is_current %} aria-current=\"page\"{% endif %}", "{% if child.is_current %} class=\"huidig\"{% endif %}", StringComparison.Ordinal));
        await site.BuildCleanAsync(o => o with { ThemeDirectory = theme });

        foreach (var url in NavUrls(site))
        {
            var page = site.Page(url);
            Assert.Equal([url], page.QuerySelectorAll(".pb-nav a.huidig").Select(a => a.GetAttribute("href")).ToList());
            Assert.Empty(page.QuerySelectorAll(".pb-nav a[aria-current]"));
        }
    }

    [Fact]
    public async Task A_layout_that_reads_the_nav_items_itself_gets_the_pages_own_items()
    {
        using var site = SiteWithSections();
        var theme = site.CopyTheme();
        var layout = Path.Combine(theme, "layouts", "page.liquid");
        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<ol class=\"eigen-nav\" data-size=\"{{ page.nav.size }}\">{% for item in page.nav %}<li{% if item.is_open %} class=\"open\"{% endif %}>{{ item.title }}</li>{% endfor %}</ol>\n");
        await site.BuildCleanAsync(o => o with { ThemeDirectory = theme });

        var page = site.Page("/aanpak/stap-2/");
        var sidebar = page.QuerySelectorAll(".pb-nav > li").Select(li => li.QuerySelector("a, span")!.TextContent.Replace("\u00AD", string.Empty, StringComparison.Ordinal)).ToList();
        var own = page.QuerySelectorAll(".eigen-nav > li").Select(li => li.TextContent).ToList();
        Assert.Equal(sidebar, own);
        Assert.Equal(own.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector(".eigen-nav")!.GetAttribute("data-size"));
        Assert.Equal(["Welkom", "Aanpak"], page.QuerySelectorAll(".eigen-nav > li.open").Select(li => li.TextContent).ToList());
    }

    /// <summary>The minimal site plus a section of three pages, so several pages share one section's navigation.</summary>
    private static TestSite SiteWithSections()
    {
        var site = TestSite.Minimal();
        site.Write("aanpak/index.md", "---\ntitle: Aanpak\n---\nOverzicht.");
        for (var i = 1; i <= 3; i++)
        {
            site.Write($"aanpak/stap-{i}.md", $"---\ntitle: Stap {i}\norder: {i}\n---\nTekst van stap {i}.");
        }

        return site;
    }

    /// <summary>Every page the navigation links to, by its URL.</summary>
    private static List<string> NavUrls(TestSite site) =>
        site.Page("/").QuerySelectorAll(".pb-nav a").Select(a => a.GetAttribute("href")!)
            .Concat(site.Page("/aanpak/").QuerySelectorAll(".pb-nav a").Select(a => a.GetAttribute("href")!))
            .Concat(site.Page("/rollen/").QuerySelectorAll(".pb-nav a").Select(a => a.GetAttribute("href")!))
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
