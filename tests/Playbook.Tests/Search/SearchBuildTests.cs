using System.Text.Json;
using Playbook.Tests.Support;

namespace Playbook.Tests.Search;

public class SearchBuildTests
{
    [Fact]
    public async Task The_build_writes_a_manifest_shards_and_bundles_holding_every_result()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var manifest = JsonDocument.Parse(site.OutputFile("zoeken/index/manifest.json")).RootElement;
        var shards = manifest.GetProperty("shards").EnumerateObject().ToList();
        Assert.NotEmpty(shards);
        Assert.All(shards, s => Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "zoeken", "index", s.Value.GetString()!))));
        var documents = manifest.GetProperty("documents").GetInt32();
        var bundles = manifest.GetProperty("bundles").EnumerateArray().ToList();
        Assert.All(bundles, b => Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "zoeken", "index", b[1].GetString()!))));
        Assert.True(bundles.Count < documents, $"{bundles.Count} bundles for {documents} results: results are not bundled");

        // Pages plus one result per activity (two in the minimal matrix); the 404 and search pages are no results.
        var types = Enumerable.Range(0, documents).Select(id => Fragment(site, id).GetProperty("type").GetString()).ToList();
        Assert.Equal(2, types.Count(t => t == "activiteit"));
        Assert.Contains("rol", types);
        Assert.Contains("voorbeeld", types);
        Assert.Contains("matrix", types);
        Assert.DoesNotContain(Enumerable.Range(0, documents), id => Fragment(site, id).GetProperty("href").GetString()!.Contains("zoeken", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_deep_link_of_a_result_points_at_an_element_the_page_has()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var manifest = JsonDocument.Parse(site.OutputFile("zoeken/index/manifest.json")).RootElement;
        var checkedLinks = 0;
        for (var id = 0; id < manifest.GetProperty("documents").GetInt32(); id++)
        {
            var fragment = Fragment(site, id);
            var href = fragment.GetProperty("href").GetString()!;
            var page = site.Page(href.Split('#')[0]);
            var anchors = fragment.GetProperty("sections").EnumerateArray().Select(s => s[0].GetString()!).Where(a => a.Length > 0);
            if (href.Contains('#', StringComparison.Ordinal))
            {
                anchors = anchors.Append(href.Split('#')[1]);
            }

            foreach (var anchor in anchors)
            {
                Assert.NotNull(page.GetElementById(anchor));
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > 10, $"only {checkedLinks} deep links");
    }

    [Fact]
    public async Task A_role_result_has_its_profile_sections_as_sub_results_with_their_text()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var role = Enumerable.Range(0, 30).Select(id => Fragment(site, id)).First(f => f.GetProperty("type").GetString() == "rol");
        var sections = role.GetProperty("sections").EnumerateArray().ToDictionary(s => s[0].GetString()!, s => s[2].GetString()!);
        Assert.Equal("Zorgt dat content past bij het doel en het kanaal.", sections["doel"]);
        Assert.Equal("Stelt de contentstrategie op.", sections["resultaatgebied-1"]);
        Assert.Contains("De contentspecialist werkt samen met het KCC.", sections["in-de-praktijk"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_that_names_the_role_sections_differently_still_gets_their_text_under_anchors_the_page_has()
    {
        using var site = TestSite.Minimal();
        site.Write("index.md", "---\ntitle: Welkom\n---\nLees over de [contentspecialist](rollen/contentspecialist.md).\n");
        var theme = site.CopyTheme();
        var layout = Path.Combine(theme, "layouts", "role.liquid");
        File.WriteAllText(layout, File.ReadAllText(layout)
            .Replace("\"doel\"", "\"purpose\"", StringComparison.Ordinal)
            .Replace("'resultaatgebied-'", "'area-'", StringComparison.Ordinal)
            .Replace("\"kennis\"", "\"knowledge\"", StringComparison.Ordinal));
        await site.BuildCleanAsync(o => o with { ThemeDirectory = theme });

        var manifest = JsonDocument.Parse(site.OutputFile("zoeken/index/manifest.json")).RootElement;
        var role = Enumerable.Range(0, manifest.GetProperty("documents").GetInt32()).Select(id => Fragment(site, id))
            .Single(f => f.GetProperty("href").GetString() == "/rollen/contentspecialist/");
        var sections = role.GetProperty("sections").EnumerateArray().Skip(1).ToDictionary(s => s[0].GetString()!, s => s[2].GetString()!);
        Assert.Equal("Zorgt dat content past bij het doel en het kanaal.", sections["purpose"]);
        Assert.Equal("Stelt de contentstrategie op.", sections["area-1"]);
        Assert.Equal("Kanalen", sections["knowledge"]);
        Assert.DoesNotContain("doel", sections.Keys);
        var page = site.Page("/rollen/contentspecialist/");
        Assert.All(sections.Keys, anchor => Assert.NotNull(page.GetElementById(anchor)));
    }

    [Fact]
    public async Task A_matrix_result_holds_its_notes_once()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", File.ReadAllText(Path.Combine(site.ContentDirectory, "raci", "webcare.yml")) + "notes: |\n  Een zeldzaamheid in de toelichting.\n\n  ## Afspraken\n\n  Nog een zeldzaamheid.\n");
        await site.BuildCleanAsync();

        var manifest = JsonDocument.Parse(site.OutputFile("zoeken/index/manifest.json")).RootElement;
        var matrix = Enumerable.Range(0, manifest.GetProperty("documents").GetInt32()).Select(id => Fragment(site, id))
            .Single(f => f.GetProperty("type").GetString() == "matrix");
        var text = string.Join('\n', matrix.GetProperty("sections").EnumerateArray().Select(s => s[2].GetString()));
        Assert.Equal(2, text.Split("zeldzaamheid").Length - 1);
        Assert.Contains(matrix.GetProperty("sections").EnumerateArray(), s => s[0].GetString() == "afspraken" && s[2].GetString() == "Nog een zeldzaamheid.");
    }

    [Fact]
    public async Task A_heading_the_layout_adds_without_text_under_it_is_no_search_section_of_the_role()
    {
        // The role layout's labels (Functieprofiel, Download als functieprofiel) are on every role page: as sections
        // they made every role a heading match for 'functieprofielen', above the page about them.
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var manifest = JsonDocument.Parse(site.OutputFile("zoeken/index/manifest.json")).RootElement;
        var role = Enumerable.Range(0, manifest.GetProperty("documents").GetInt32()).Select(id => Fragment(site, id))
            .Single(f => f.GetProperty("href").GetString() == "/rollen/contentspecialist/");
        var sections = role.GetProperty("sections").EnumerateArray().Select(s => s[0].GetString()).ToList();
        Assert.Contains("doel", sections);
        Assert.DoesNotContain("functieprofiel", sections);
        Assert.DoesNotContain("downloads", sections);
    }

    [Fact]
    public async Task A_core_role_result_offers_its_job_profile_downloads_and_no_other_result_offers_any()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var manifest = JsonDocument.Parse(site.OutputFile("zoeken/index/manifest.json")).RootElement;
        var fragments = Enumerable.Range(0, manifest.GetProperty("documents").GetInt32()).Select(id => Fragment(site, id)).ToList();
        var role = Assert.Single(fragments, f => f.GetProperty("href").GetString() == "/rollen/contentspecialist/");
        var downloads = role.GetProperty("downloads").EnumerateArray().Select(d => (Href: d[1].GetString()!, Format: d[2].GetString())).ToList();
        Assert.Equal(["docx", "JSON"], downloads.Select(d => d.Format));
        Assert.All(downloads, d => Assert.True(File.Exists(Path.Combine(site.OutputDirectory, d.Href.TrimStart('/'))), $"{d.Href} is not in the site"));
        Assert.All(fragments.Where(f => f.GetProperty("type").GetString() != "rol"), f => Assert.False(f.TryGetProperty("downloads", out _)));
    }

    [Fact]
    public async Task Every_page_has_a_search_form_that_works_without_javascript_as_a_get_to_the_results_page()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync(o => o with { BasePath = "/playbook/" });
        var form = site.Page("/rollen/contentspecialist/").QuerySelector("header form[role=search]");
        Assert.NotNull(form);
        Assert.Equal("/playbook/zoeken/", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("q", form.QuerySelector("input[type=search]")!.GetAttribute("name"));
        Assert.NotNull(form.QuerySelector($"label[for={form.QuerySelector("input")!.Id}]"));
        Assert.Equal("/playbook/zoeken/index/", form.GetAttribute("data-search-index"));
    }

    [Fact]
    public async Task The_results_page_tells_people_without_javascript_where_the_overviews_are()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var page = site.Page("/zoeken/");
        var fallback = page.QuerySelector("[data-search-fallback]");
        Assert.NotNull(fallback);
        Assert.False(fallback.HasAttribute("hidden"));
        var links = fallback.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/rollen/", "/raci/", "/wie-doet-wat/", "/voorbeelden/"], links);
        Assert.All(links, href => site.Page(href!));
        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }

    [Fact]
    public async Task The_results_page_is_not_in_the_navigation_or_the_sitemap()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        Assert.DoesNotContain("/zoeken/", site.OutputFile("sitemap.xml"), StringComparison.Ordinal);
        Assert.DoesNotContain(site.Page("/").QuerySelectorAll("nav.pb-sidebar a"), a => a.GetAttribute("href") == "/zoeken/");
    }

    private static JsonElement Fragment(TestSite site, int id) => SearchIndexReader.Fragment(site, id);
}
