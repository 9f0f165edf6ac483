using Playbook.Build;
using Playbook.Output;
using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

/// <summary>
/// The preview updates its folder in place, rewriting only what changed: after any series of edits it holds
/// exactly what a clean full build of the same sources produces.
/// </summary>
public sealed class IncrementalOutputTests
{
    [Fact]
    public async Task In_place_output_equals_a_clean_build_after_every_edit_in_a_series()
    {
        using var site = TestSite.Minimal();
        var preview = new OutputPhase(site.OutputDirectory);
        await EditSeriesAsync(site, options => SiteBuilder.BuildAsync(options, preview, CancellationToken.None));
    }

    [Fact]
    public async Task A_cached_preview_equals_a_clean_build_after_every_edit_in_a_series()
    {
        using var site = TestSite.Minimal();
        var cache = new BuildCache(site.OutputDirectory);
        var reused = 0;
        await EditSeriesAsync(site, async options =>
        {
            var result = await SiteBuilder.BuildAsync(options, cache, CancellationToken.None);
            reused += result.Reuse.Sum(r => r.Reused);
            return result;
        });

        Assert.True(reused > 0, "the cached preview reused nothing: every edit recomputed the whole site");
    }

    [Fact]
    public async Task A_body_edit_re_renders_only_that_page()
    {
        using var site = TestSite.Minimal();
        var cache = new BuildCache(site.OutputDirectory);
        var first = await BuildCachedAsync(site, cache);
        Assert.Equal(first.Pages, first.Computed(nameof(Playbook.Modules.RenderLayout)));

        site.Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\n## Van zenden naar luisteren\n\nZie [het voorbeeld](voorbeelden/parkeren.md) en een nieuwe zin.");
        var second = await BuildCachedAsync(site, cache);

        Assert.Equal(1, second.Computed(nameof(Playbook.Modules.ReadContentFiles)));
        Assert.Equal(1, second.Computed(nameof(Playbook.Modules.ParsePages)));
        Assert.Equal(1, second.Computed(nameof(Playbook.Modules.RenderMarkdown)));
        Assert.Equal(1, second.Computed(nameof(Playbook.Modules.RenderLayout)));
        Assert.Contains("een nieuwe zin", site.OutputFile("waarom/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_edit_writes_only_that_page_before_the_reload()
    {
        using var site = TestSite.Minimal();
        using var cache = new BuildCache(site.OutputDirectory);
        await BuildCachedAsync(site, cache);
        var role = Path.Combine(site.OutputDirectory, "rollen", "contentspecialist", "index.html");
        File.SetLastWriteTimeUtc(role, File.GetLastWriteTimeUtc(role).AddHours(-1));
        var roleWritten = File.GetLastWriteTimeUtc(role);

        site.Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\nAlleen deze tekst is nieuw.");
        var build = await SiteBuilder.BuildForPreviewAsync(site.Options(), cache, ChangeSet.Everything, CancellationToken.None);

        Assert.True(build.Result.Succeeded);
        Assert.Equal(1, build.Result.Changes.Written);
        Assert.Contains("Alleen deze tekst is nieuw.", site.OutputFile("waarom/index.html"), StringComparison.Ordinal);
        Assert.Equal(roleWritten, File.GetLastWriteTimeUtc(role));
    }

    [Fact]
    public async Task A_matrix_cell_edit_re_renders_the_pages_that_show_matrices_and_no_plain_page()
    {
        using var site = TestSite.Minimal();
        var cache = new BuildCache(site.OutputDirectory);
        var first = await BuildCachedAsync(site, cache);
        // The home page starts from the catalog's questions (layout 'home'), so it shows matrices too.
        var plainPages = new[] { "waarom/index.html" }.ToDictionary(p => p, site.OutputFile);

        Replace(site, "raci/webcare.yml", "contentspecialist: C\n", "contentspecialist: I\n");
        var second = await BuildCachedAsync(site, cache);

        var layouts = second.Computed(nameof(Playbook.Modules.RenderLayout));
        Assert.True(layouts >= 3 && layouts <= first.Pages - plainPages.Count, $"{layouts} of {first.Pages} pages laid out again: " + string.Join(", ", second.Reuse));
        Assert.Equal(0, second.Computed(nameof(Playbook.Modules.ParsePages)));
        Assert.All(plainPages, page => Assert.Equal(page.Value, site.OutputFile(page.Key)));
        Assert.Equal(SiteSnapshot.Of(await CleanBuildAsync(site)), SiteSnapshot.Of(site.OutputDirectory));
    }

    [Fact]
    public async Task A_matrix_cell_edit_lays_out_only_the_pages_that_show_that_cell()
    {
        using var site = TestSite.Minimal();
        var cache = new BuildCache(site.OutputDirectory);
        var first = await BuildCachedAsync(site, cache);

        // The core role's C on one activity: the pages that show it (its matrix, role pages, "wie doet wat") are laid
        // out again; the overviews, which show titles and summaries, and the plain pages are not.
        var before = SiteSnapshot.Of(site.OutputDirectory);
        Replace(site, "raci/webcare.yml", "contentspecialist: C\n", "contentspecialist: I\n");
        var cell = await BuildCachedAsync(site, cache);
        var after = SiteSnapshot.Of(site.OutputDirectory);
        var changedPages = after.Keys.Where(k => k.EndsWith(".html", StringComparison.Ordinal) && before.GetValueOrDefault(k) != after[k]).Order(StringComparer.Ordinal).ToList();
        // At most two more than changed: "wie doet wat" reads every activity whole but shows only A and R, and a role's
        // network diagram reads the assignments it is drawn from. Before, every page that showed any of the catalog.
        Assert.InRange(cell.Computed(nameof(Playbook.Modules.RenderLayout)), changedPages.Count, changedPages.Count + 2);
        Assert.Contains("rollen/contentspecialist/index.html", changedPages);
        Assert.Equal(1, cell.Computed(Playbook.Modules.GenerateRoleDownloads.PerRole));
        Assert.Equal(SiteSnapshot.Of(await CleanBuildAsync(site)), after);

        // A context role's cell: no core role's functieprofiel shows it, so no .docx is made again.
        Replace(site, "raci/webcare.yml", "klantcontactcentrum: CI\n", "klantcontactcentrum: C\n");
        var contextCell = await BuildCachedAsync(site, cache);
        Assert.Equal(0, contextCell.Computed(Playbook.Modules.GenerateRoleDownloads.PerRole));
        Assert.Equal(1, contextCell.Reuse.Single(r => r.Module == Playbook.Modules.GenerateRoleDownloads.PerRole).Reused);
        Assert.Equal(SiteSnapshot.Of(await CleanBuildAsync(site)), SiteSnapshot.Of(site.OutputDirectory));

        // A rename reaches every page that names the role: far more than the cell did.
        Replace(site, "rollen/klantcontactcentrum.md", "title: Klantcontactcentrum", "title: Klantcontact");
        var rename = await BuildCachedAsync(site, cache);
        Assert.True(rename.Computed(nameof(Playbook.Modules.RenderLayout)) > changedPages.Count, string.Join(", ", rename.Reuse));
        Assert.True(first.Pages > 6);
        Assert.Equal(SiteSnapshot.Of(await CleanBuildAsync(site)), SiteSnapshot.Of(site.OutputDirectory));
    }

    [Theory]
    [InlineData("playbook.yml", "title: Testplaybook", "title: Ons playbook")]
    [InlineData("begrippen.yml", "Antwoorden op vragen", "Reageren op berichten")]
    public async Task A_change_to_shared_data_recomputes_every_page(string file, string from, string to)
    {
        using var site = TestSite.Minimal().Write("begrippen.yml", "title: Begrippenlijst\nsummary: Woorden die we gebruiken.\nterms:\n  - id: webcare\n    term: Webcare\n    definition: Antwoorden op vragen via sociale media.\n");
        var cache = new BuildCache(site.OutputDirectory);
        await BuildCachedAsync(site, cache);

        Replace(site, file, from, to);
        var second = await BuildCachedAsync(site, cache);

        Assert.Equal(second.Pages, second.Computed(nameof(Playbook.Modules.RenderLayout)));
        Assert.Equal(SiteSnapshot.Of(await CleanBuildAsync(site)), SiteSnapshot.Of(site.OutputDirectory));
    }

    [Fact]
    public async Task A_theme_string_edit_recomputes_every_page()
    {
        using var site = TestSite.Minimal();
        var theme = site.CopyTheme();
        var cache = new BuildCache(site.OutputDirectory);
        BuildOptions Options(BuildOptions o) => o with { ThemeDirectory = theme };
        await BuildCachedAsync(site, cache, Options);

        var strings = Path.Combine(theme, "strings", "nl.yml");
        File.WriteAllText(strings, File.ReadAllText(strings) + "\nengine_test_string: Alleen voor deze test\n");
        var second = await BuildCachedAsync(site, cache, Options);

        Assert.Equal(second.Pages, second.Computed(nameof(Playbook.Modules.RenderLayout)));
    }

    private static async Task EditSeriesAsync(TestSite site, Func<BuildOptions, Task<BuildResult>> build)
    {
        var theme = site.CopyTheme();
        BuildOptions Options(BuildOptions o) => o with { ThemeDirectory = theme };
        await BuildAsync(site, build, Options);

        var edits = new (string Name, Action Edit)[]
        {
            ("page body", () => site.Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\n## Van zenden naar luisteren\n\nEen nieuwe alinea.")),
            ("page title", () => site.Write("waarom.md", "---\ntitle: Waarom nu\norder: 1\n---\nTekst.")),
            ("page order", () => site.Write("waarom.md", "---\ntitle: Waarom nu\norder: 9\n---\nTekst.")),
            ("matrix cell", () => Replace(site, "raci/webcare.yml", "contentspecialist: C\n", "contentspecialist: I\n")),
            ("role name", () => Replace(site, "rollen/klantcontactcentrum.md", "title: Klantcontactcentrum", "title: Klantcontact")),
            ("new file", () => site.Write("aanpak/werkwijze.md", "---\ntitle: Werkwijze\n---\n## Stappen\n\nZo werken we.")),
            ("deleted file", () => site.Delete("waarom.md")),
            ("playbook.yml", () => Replace(site, "playbook.yml", "title: Testplaybook", "title: Ons playbook")),
            ("theme string", () => Replace(site, Path.Combine(theme, "strings", "nl.yml"), "\n", "\nengine_test_string: Alleen voor deze test\n", once: true)),
            ("theme template", () => File.AppendAllText(Path.Combine(theme, "layouts", "page.liquid"), "\n<p class=\"pb-test\">Sjabloon gewijzigd</p>\n")),
        };

        foreach (var (name, edit) in edits)
        {
            edit();
            await BuildAsync(site, build, Options);
            var clean = await CleanBuildAsync(site, Options);
            Assert.True(SiteSnapshot.Of(clean).SequenceEqual(SiteSnapshot.Of(site.OutputDirectory)), $"after the {name} edit the preview's folder differs from a clean build:\n{Difference(clean, site.OutputDirectory)}");
        }

        Assert.Contains("Sjabloon gewijzigd", site.OutputFile("aanpak/werkwijze/index.html"), StringComparison.Ordinal);
    }

    private static async Task<string> CleanBuildAsync(TestSite site, Func<BuildOptions, BuildOptions>? configure = null)
    {
        var clean = Path.Combine(site.Root, "clean");
        await site.BuildCleanAsync(o => (configure is null ? o : configure(o)) with { OutputDirectory = clean });
        return clean;
    }

    private static async Task<BuildResult> BuildAsync(TestSite site, Func<BuildOptions, Task<BuildResult>> build, Func<BuildOptions, BuildOptions> configure)
    {
        var result = await build(configure(site.Options()));
        Assert.True(result.Succeeded, "build failed:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    private static Task<BuildResult> BuildCachedAsync(TestSite site, BuildCache cache, Func<BuildOptions, BuildOptions>? configure = null) =>
        BuildAsync(site, options => SiteBuilder.BuildAsync(options, cache, CancellationToken.None), configure ?? (o => o));

    [Fact]
    public async Task A_deleted_source_takes_its_page_and_its_nav_link_with_it()
    {
        using var site = TestSite.Minimal();
        var preview = new OutputPhase(site.OutputDirectory);
        await BuildInPlaceAsync(site, preview);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "waarom", "index.html")));

        site.Delete("waarom.md");
        var result = await BuildInPlaceAsync(site, preview);

        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "waarom")), "the deleted page's folder is still served");
        Assert.True(result.Changes.Removed >= 1);
        Assert.DoesNotContain(site.Page("/").QuerySelectorAll(".pb-nav a"), a => a.GetAttribute("href") == "/waarom/");
    }

    [Fact]
    public async Task A_renamed_page_title_reaches_the_nav_of_every_page()
    {
        using var site = TestSite.Minimal();
        var preview = new OutputPhase(site.OutputDirectory);
        await BuildInPlaceAsync(site, preview);

        site.Write("waarom.md", "---\ntitle: Waarom wij veranderen\norder: 1\n---\nTekst.");
        await BuildInPlaceAsync(site, preview);

        var pages = Directory.GetFiles(site.OutputDirectory, "index.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 5);
        Assert.All(pages, page => Assert.Contains(
            site.Page(Path.GetRelativePath(site.OutputDirectory, page).Replace('\\', '/')).QuerySelectorAll(".pb-nav a"),
            a => a.TextContent == "Waarom wij veranderen"));
    }

    [Fact]
    public async Task A_body_edit_rewrites_the_page_but_leaves_unrelated_pages_untouched()
    {
        using var site = TestSite.Minimal();
        var preview = new OutputPhase(site.OutputDirectory);
        var first = await BuildInPlaceAsync(site, preview);
        var role = Path.Combine(site.OutputDirectory, "rollen", "contentspecialist", "index.html");
        var roleWritten = File.GetLastWriteTimeUtc(role);
        File.SetLastWriteTimeUtc(role, roleWritten.AddHours(-1));

        site.Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\nAlleen deze tekst is nieuw.");
        var second = await BuildInPlaceAsync(site, preview);

        Assert.Contains("Alleen deze tekst is nieuw.", site.OutputFile("waarom/index.html"), StringComparison.Ordinal);
        Assert.Equal(roleWritten.AddHours(-1), File.GetLastWriteTimeUtc(role));
        Assert.True(second.Changes.Written < first.Changes.Written / 2, $"{second.Changes.Written} of {first.Changes.Written} files rewritten for one body edit");
    }

    private static async Task<BuildResult> BuildInPlaceAsync(TestSite site, OutputPhase preview, Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = configure is null ? site.Options() : configure(site.Options());
        var result = await SiteBuilder.BuildAsync(options, preview, CancellationToken.None);
        Assert.True(result.Succeeded, "build failed:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    private static void Replace(TestSite site, string relative, string from, string to, bool once = false)
    {
        var path = Path.Combine(site.ContentDirectory, relative);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{from}' is not in {relative}");
        File.WriteAllText(path, once ? string.Concat(text.AsSpan(0, at), to, text.AsSpan(at + from.Length)) : text.Replace(from, to, StringComparison.Ordinal));
    }

    private static string Difference(string expected, string actual)
    {
        var (a, b) = (SiteSnapshot.Of(expected), SiteSnapshot.Of(actual));
        return string.Join('\n', a.Keys.Union(b.Keys).Where(k => !a.TryGetValue(k, out var x) || !b.TryGetValue(k, out var y) || x != y).Take(10));
    }
}
