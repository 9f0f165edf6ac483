using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Markdown;
using Playbook.Modules;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

/// <summary>The Markdown module in memory: exact HTML, links rewritten to page URLs, headings and problems at their source line.</summary>
public sealed class RenderMarkdownModuleTests
{
    [Fact]
    public async Task A_page_renders_to_exact_html_with_its_links_rewritten_to_page_urls()
    {
        var home = ModuleHarness.Page("index.md", "## Doel {#doel}\n\nZie het [KCC](rollen/kcc.md#taken).\n");
        var harness = new ModuleHarness().WithSite([home, ModuleHarness.Page("rollen/kcc.md")]);

        var page = Assert.Single(await harness.RunAsync([home], new RenderMarkdown()));

        Assert.Equal("<h2 id=\"doel\">Doel</h2>\n<p>Zie het <a href=\"/rollen/kcc/#taken\">KCC</a>.</p>\n", page.Get(Keys.BodyHtml));
        Assert.Empty(harness.Diagnostics.ToSortedList());
    }

    [Fact]
    public async Task Headings_come_from_the_parse_with_level_id_plain_text_and_file_line()
    {
        var home = ModuleHarness.Page("index.md", "Intro.\n\n## Eerste *stap*\n\nTekst.\n\n### Daarna `code`\n", lineOffset: 3);
        var harness = new ModuleHarness().WithSite([home]);

        var page = Assert.Single(await harness.RunAsync([home], new RenderMarkdown()));

        Assert.Equal(
            [new Heading(2, "eerste-stap", "Eerste stap", new SourceLocation("content/index.md", 6, 1)), new Heading(3, "daarna-code", "Daarna code", new SourceLocation("content/index.md", 10, 1))],
            page.Get(Keys.MarkdownHeadings));
    }

    [Fact]
    public async Task Diagram_ids_are_numbered_per_page_by_the_page_not_by_the_shared_renderer()
    {
        var here = SourceLocation.OfFile("content/raci/webcare.yml");
        var info = new PageInfo("Webcare", null, null, null, null, null, null, false);
        var matrix = new RaciMatrix("webcare", info, null, [], null, [new Activity("a", "Vragen beantwoorden", null, Basis.Source, [new RaciCell("kcc", "AR", here)], here)], here);
        var role = new Role("kcc", RoleKind.Context, info with { Title = "KCC" }, null, null, [], [], [], [], [], [], here);
        var pages = new[] { ModuleHarness.Page("a.md", "```raci webcare\n```\n\n```raci webcare\n```\n"), ModuleHarness.Page("b.md", "```raci webcare\n```\n") };
        var harness = new ModuleHarness().WithSite(pages, new ContentCatalog([role], [matrix], []));

        var rendered = await harness.RunAsync(pages, new RenderMarkdown());

        Assert.Equal(["dgm-raci-webcare-1", "dgm-raci-webcare-2"], SvgIds(rendered[0]));
        Assert.Equal(["dgm-raci-webcare-1"], SvgIds(rendered[1]));
    }

    [Fact]
    public async Task A_link_to_a_missing_source_file_is_reported_at_its_markdown_position()
    {
        var home = ModuleHarness.Page("index.md", "Tekst.\n\nZie [dit](nergens.md).\n", lineOffset: 3);
        var harness = new ModuleHarness().WithSite([home]);

        await harness.RunAsync([home], new RenderMarkdown());

        var error = Assert.Single(harness.Diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.BrokenSourceLink, error.Code);
        Assert.Equal(new SourceLocation("content/index.md", 6, 5), error.Location);
    }

    private static List<string> SvgIds(Playbook.Pipelines.Document page) =>
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Get(Keys.BodyHtml)).QuerySelectorAll("svg[id]").Select(e => e.Id!).ToList();
}
