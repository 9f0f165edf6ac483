using Playbook.Build;
using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

/// <summary>
/// The preview builds in two stages (pages and reload first, then search index and checks) with every cache it keeps
/// between saves; after any series of edits its folder and its reported problems are exactly a clean build's.
/// </summary>
public sealed class PreviewEqualsCleanBuildTests
{
    private const string Settings = "title: Testplaybook\nbaseUrl: https://playbook.test\nrules:\n  spelling:\n    dictionary: nl_NL\n    wordList: woordenlijst.txt\n";

    [Fact]
    public async Task After_every_edit_the_preview_has_a_clean_builds_files_and_problems()
    {
        Requirements.DutchHunspell();
        using var site = TestSite.Minimal()
            .Write("playbook.yml", Settings)
            .Write("woordenlijst.txt", "webcare")
            .Write("begrippen.yml", "title: Begrippenlijst\nsummary: Woorden die we gebruiken.\nterms:\n  - id: webcare\n    term: Webcare\n    definition: Antwoorden op vragen via sociale media.\n");
        var cache = new BuildCache(site.OutputDirectory);
        await AssertSameAsCleanAsync(site, cache, "the first build");

        var edits = new (string Name, Action Edit)[]
        {
            ("page body with a misspelled word", () => site.Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\n## Van zenden naar luisteren\n\nWij luisteren naar inwoners en comunicatie.")),
            ("front matter title", () => site.Write("waarom.md", "---\ntitle: Toonbewaking\norder: 1\n---\n## Van zenden naar luisteren\n\nWij luisteren naar inwoners en comunicatie.")),
            ("matrix cell", () => Replace(site, "raci/webcare.yml", "contentspecialist: C\n", "contentspecialist: I\n")),
            ("activity title", () => Replace(site, "raci/webcare.yml", "title: Toon van stem bepalen", "title: Toon en bewaking bepalen")),
            ("context role renamed, shown in the matrix, the example, a contact and the role filter", () => Replace(site, "rollen/klantcontactcentrum.md", "title: Klantcontactcentrum", "title: Klantcontact")),
            ("role summary, shown on the roles overview", () => Replace(site, "rollen/contentspecialist.md", "summary: Maakt content in elke vorm.", "summary: Maakt content voor elk kanaal.")),
            ("role contact", () => Replace(site, "rollen/contentspecialist.md", "about: Vragen van inwoners.", "about: Vragen en klachten van inwoners.")),
            ("matrix title, shown on role pages, the example and the overviews", () => Replace(site, "raci/webcare.yml", "title: Webcare\n", "title: Webcare en chat\n")),
            ("matrix note", () => Replace(site, "raci/webcare.yml", "summary: Vragen via sociale media.\n", "summary: Vragen via sociale media.\nnotes: Alleen op werkdagen.\n")),
            ("example step's role", () => Replace(site, "voorbeelden/parkeren.md", "  - role: klantcontactcentrum\n    action: Beantwoordt", "  - role: contentspecialist\n    action: Beantwoordt")),
            ("new core role", () => site.Write("rollen/webredacteur.md", "---\ntitle: Webredacteur\nkind: core\nsummary: Beheert de website.\n---\nDe webredacteur.")),
            ("cell for the new role", () => Replace(site, "raci/webcare.yml", "      contentspecialist: AR\n", "      contentspecialist: AR\n      webredacteur: I\n")),
            ("new role deleted with its cell", () => { site.Delete("rollen/webredacteur.md"); Replace(site, "raci/webcare.yml", "      webredacteur: I\n", string.Empty); }),
            ("glossary term", () => Replace(site, "begrippen.yml", "Antwoorden op vragen", "Reageren op berichten")),
            ("glossary link to a page", () => Replace(site, "begrippen.yml", "sociale media.\n", "sociale media.\n    seeAlso: [waarom.md]\n")),
            ("title of the page the glossary links to", () => Replace(site, "waarom.md", "title: Toonbewaking", "title: Toon bewaken")),
            ("glossary link removed", () => Replace(site, "begrippen.yml", "    seeAlso: [waarom.md]\n", string.Empty)),
            ("broken link", () => site.Write("index.md", "---\ntitle: Welkom\n---\nZie [de rol](rollen/contentspecialist.md#bestaat-niet).")),
            ("link fixed", () => site.Write("index.md", "---\ntitle: Welkom\n---\nZie [de rol](rollen/contentspecialist.md#doel).")),
            ("word list", () => site.Write("woordenlijst.txt", "webcare\ncomunicatie")),
            ("new page", () => site.Write("aanpak/werkwijze.md", "---\ntitle: Werkwijze\n---\n## Stappen\n\nZo werken we met [de rol](../rollen/contentspecialist.md) en tiepfoutjes.")),
            ("plain page that draws a matrix", () => site.Write("aanpak/team.md", "---\ntitle: Team\n---\n```raci webcare roles=contentspecialist,klantcontactcentrum\n```\n")),
            ("matrix cell the plain page draws", () => Replace(site, "raci/webcare.yml", "contentspecialist: I\n", "contentspecialist: C\n")),
            ("page order, a nav change with no new page", () => Replace(site, "aanpak/werkwijze.md", "title: Werkwijze\n", "title: Werkwijze\norder: 1\n")),
            ("body edit after the nav change", () => Replace(site, "aanpak/werkwijze.md", "Zo werken we", "Zo werken wij")),
            ("old URL added", () => Replace(site, "aanpak/werkwijze.md", "order: 1\n", "order: 1\naliases: [/oud/werkwijze/]\n")),
            ("old URL that is another page's", () => Replace(site, "aanpak/werkwijze.md", "aliases: [/oud/werkwijze/]", "aliases: [/oud/werkwijze/, /waarom/]")),
            ("old URL fixed", () => Replace(site, "aanpak/werkwijze.md", "aliases: [/oud/werkwijze/, /waarom/]", "aliases: [/oud/werk/]")),
            ("two sources, one URL", () => site.Write("waarom/index.md", "---\ntitle: Ook waarom\n---\nTekst.")),
            ("body edit while two sources clash", () => site.Write("waarom/index.md", "---\ntitle: Ook waarom\n---\nAndere tekst.")),
            ("clash removed", () => site.Delete("waarom/index.md")),
            ("deleted page", () => site.Delete("waarom.md")),
        };

        foreach (var (name, edit) in edits)
        {
            edit();
            await AssertSameAsCleanAsync(site, cache, $"the {name} edit");
        }
    }

    [Fact]
    public async Task An_activity_title_edit_re_hyphenates_page_titles_on_pages_that_show_no_matrix()
    {
        using var site = TestSite.Minimal();
        site.Write("waarom.md", "---\ntitle: Toonbewaking\norder: 1\n---\nTekst.");
        var cache = new BuildCache(site.OutputDirectory);
        await SiteBuilder.BuildAsync(site.Options(), cache, CancellationToken.None);
        Assert.Contains("<h1>Toonbewaking</h1>", site.OutputFile("waarom/index.html"), StringComparison.Ordinal);

        // 'bewaking' becomes a word of the site's vocabulary, so the compound on a plain page may break there now.
        Replace(site, "raci/webcare.yml", "title: Toon van stem bepalen", "title: Toon en bewaking bepalen");
        await SiteBuilder.BuildAsync(site.Options(), cache, CancellationToken.None);

        Assert.Contains("<h1>Toon\u00ADbewaking</h1>", site.OutputFile("waarom/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelled_checks_leave_the_next_save_equal_to_a_clean_build()
    {
        using var site = TestSite.Minimal();
        var cache = new BuildCache(site.OutputDirectory);
        await AssertSameAsCleanAsync(site, cache, "the first build");

        site.Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\nEen zin die de index nooit ziet.");
        var build = await SiteBuilder.BuildForPreviewAsync(site.Options(), cache, ChangeSet.Everything, CancellationToken.None);
        Assert.True(build.Result.Succeeded);
        Assert.Contains("Een zin die de index nooit ziet.", site.OutputFile("waarom/index.html"), StringComparison.Ordinal);
        using var newerSave = new CancellationTokenSource();
        await newerSave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => build.AfterReload!(newerSave.Token));

        site.Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\n[Een kapotte link](bestaat-niet.md) na het afbreken.");
        await AssertSameAsCleanAsync(site, cache, "a save after cancelled checks");
    }

    [Fact]
    public async Task A_body_edit_spells_only_that_page_and_asks_hunspell_nothing_new()
    {
        Requirements.DutchHunspell();
        using var site = TestSite.Minimal().Write("playbook.yml", Settings).Write("woordenlijst.txt", "webcare");
        using var cache = new BuildCache(site.OutputDirectory);
        var first = await SiteBuilder.BuildAsync(site.Options(), cache, CancellationToken.None);
        Assert.True(first.Computed(nameof(Playbook.Checks.Spelling.CheckSpelling)) > 5);

        site.Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\n## Van zenden naar luisteren\n\nZie [het voorbeeld](voorbeelden/parkeren.md) en het voorbeeld.");
        var body = await SiteBuilder.BuildAsync(site.Options(), cache, CancellationToken.None);

        // One page's words, and no new Hunspell verdicts: every word was asked about before ('(verdicts)' reused).
        Assert.Equal(1, body.Computed(nameof(Playbook.Checks.Spelling.CheckSpelling)));
    }

    [Fact]
    public async Task A_body_edit_checks_the_links_of_that_page_only()
    {
        using var site = TestSite.Minimal();
        using var cache = new BuildCache(site.OutputDirectory);
        await SiteBuilder.BuildAsync(site.Options(), cache, CancellationToken.None);
        site.Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\n## Van zenden naar luisteren\n\nZie [het voorbeeld](voorbeelden/parkeren.md) en een nieuwe zin.");
        var body = await SiteBuilder.BuildAsync(site.Options(), cache, CancellationToken.None);

        // The edited page, and the one page with a .json URL (the core role's JSON download), which is judged against
        // the search index's files too: a new word may add a shard. The other 11 pages keep their findings.
        Assert.Equal(2, body.Computed(nameof(Playbook.Checks.Links.CheckLinks)));
    }

    /// <summary>Builds the preview's way (both stages, with the cache) and a clean full build; both must report the same and, when they succeed, write the same.</summary>
    private static async Task AssertSameAsCleanAsync(TestSite site, BuildCache cache, string after)
    {
        var preview = await SiteBuilder.BuildAsync(site.Options(), cache, CancellationToken.None);
        var cleanFolder = Path.Combine(site.Root, "clean");
        var clean = await site.BuildAsync(o => o with { OutputDirectory = cleanFolder });

        // A preview build that fails stops before its checks (it keeps serving the last good site), so it shows the errors only.
        var (cleanProblems, previewProblems) = clean.Succeeded ? (Problems(clean), Problems(preview)) : (Errors(clean), Errors(preview));
        Assert.True(cleanProblems.SequenceEqual(previewProblems), $"after {after} the preview's problems differ from a clean build's:\n  clean:   {string.Join("\n           ", cleanProblems)}\n  preview: {string.Join("\n           ", previewProblems)}");
        Assert.Equal(clean.Succeeded, preview.Succeeded);
        if (clean.Succeeded)
        {
            var (expected, actual) = (SiteSnapshot.Of(cleanFolder), SiteSnapshot.Of(site.OutputDirectory));
            var differing = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).Take(10).ToList();
            Assert.True(differing.Count == 0, $"after {after} the preview's folder differs from a clean build in: {string.Join(", ", differing)}");
        }
    }

    private static List<string> Problems(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();

    private static List<string> Errors(BuildResult result) => result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();

    private static void Replace(TestSite site, string relative, string from, string to)
    {
        var path = Path.Combine(site.ContentDirectory, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
