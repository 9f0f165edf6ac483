using AngleSharp.Html.Parser;
using Playbook.Build;
using Playbook.Checks.Links;
using Playbook.Diagnostics;
using Playbook.Modules;
using Playbook.Pipelines;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

/// <summary>A page's headings as one list from data: the Markdown parse plus the sections a layout adds with {% heading %}.</summary>
public sealed class HeadingModuleTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TestSite _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_section_a_theme_adds_appears_in_the_table_of_contents_in_page_order_with_the_markdown_headings()
    {
        var harness = HarnessWithPageLayout();
        var page = ModuleHarness.Page("werkwijze.md", "## Eerste stap\n\nTekst.\n\n### Detail\n\nMeer.\n", "Welkom", lineOffset: 3);

        var rendered = Assert.Single(await RenderAsync(harness, page));

        var toc = Parser.ParseDocument(rendered.Content).QuerySelectorAll("nav.pb-toc li a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Vooraf", "#vooraf"), ("Eerste stap", "#eerste-stap"), ("Detail", "#detail"), ("Bijlagen & bronnen", "#bijlagen")], toc);
        Assert.Equal([2, 2, 3, 2], rendered.Get(Keys.Headings).Select(h => h.Level));
        Assert.Equal([null, 4, 8, null], rendered.Get(Keys.Headings).Select(h => h.Location?.Line));
        var bijlagen = Parser.ParseDocument(rendered.Content).GetElementById("bijlagen");
        Assert.Equal(("H2", "pb-extra", "Bijlagen & bronnen"), (bijlagen?.TagName, bijlagen?.ClassName, bijlagen?.TextContent));
        Assert.Empty(harness.Diagnostics.ToSortedList());
    }

    [Fact]
    public async Task The_role_layout_reports_its_sections_as_data_around_the_markdown_body()
    {
        var harness = new ModuleHarness();
        var (role, catalog) = ModuleHarness.Role("contentspecialist", "## In de praktijk\n\nTekst.\n");

        var rendered = Assert.Single(await RenderAsync(harness, role, catalog));

        var ids = rendered.Get(Keys.Headings).Select(h => h.Id).ToList();
        string[] inOrder = ["doel", "in-de-praktijk", "resultaatgebieden", "resultaatgebied-1", "kennis", "raci"];
        Assert.Equal(inOrder, ids.Where(inOrder.Contains));
        var toc = Parser.ParseDocument(rendered.Content).QuerySelectorAll("nav.pb-toc li a").Select(a => a.GetAttribute("href")!.TrimStart('#'));
        Assert.Equal(ids, toc);
    }

    [Fact]
    public async Task A_markdown_heading_with_the_id_of_a_theme_section_is_reported_once_at_its_line()
    {
        var harness = HarnessWithPageLayout();
        var page = ModuleHarness.Page("werkwijze.md", "Intro.\n\n## Bijlagen\n\nTekst.\n", "Welkom", lineOffset: 3);

        var rendered = await RenderAsync(harness, page);
        await harness.RunAsync(rendered, new CollectAnchors(), new CheckLinks());

        // The harness has no assets, so only the diagnostics about ids and the page's own file matter here.
        var error = Assert.Single(harness.Diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.DuplicateHtmlId || d.Location.File == "content/werkwijze.md");
        Assert.Equal((DiagnosticCodes.DuplicateHtmlId, "content/werkwijze.md", 6), (error.Code, error.Location.File, error.Location.Line));
        Assert.Contains("'bijlagen'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_heading_block_without_an_id_is_a_template_error_naming_the_layout()
    {
        var theme = _folder.CopyTheme();
        File.WriteAllText(Path.Combine(theme, "layouts", "page.liquid"), "{% heading 2, '' %}Leeg{% endheading %}\n{{ page.content | raw }}\n");
        var harness = new ModuleHarness(themeDirectory: theme);

        await RenderAsync(harness, ModuleHarness.Page("werkwijze.md", "Tekst.\n", "Welkom"));

        var error = Assert.Single(harness.Diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.TemplateError, "themes/default/layouts/page.liquid"), (error.Code, error.Location.File));
        Assert.Contains("{% heading %} needs a level from 1 to 6 and an id", error.Message, StringComparison.Ordinal);
    }

    private ModuleHarness HarnessWithPageLayout()
    {
        var theme = _folder.CopyTheme();
        File.WriteAllText(Path.Combine(theme, "layouts", "page.liquid"), """
            {% include 'partials/page-header' %}
            {% heading 2, "vooraf" %}Vooraf{% endheading %}
            {{ page.content | raw }}
            {% heading 2, "bijlagen", class: "pb-extra" %}Bijlagen &amp; <em>bronnen</em>{% endheading %}
            """);
        return new ModuleHarness(themeDirectory: theme);
    }

    private static async Task<IReadOnlyList<Document>> RenderAsync(ModuleHarness harness, Document page, Playbook.Content.ContentCatalog? catalog = null)
    {
        harness.WithSite([page], catalog);
        return await harness.RunAsync([page], new RenderMarkdown(), new RenderLayout());
    }
}
