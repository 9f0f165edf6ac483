using AngleSharp.Html.Parser;
using Playbook.Build;
using Playbook.Checks.Links;
using Playbook.Diagnostics;
using Playbook.Modules;
using Playbook.Tests.Support;

namespace Playbook.Tests.Modules;

/// <summary>The layout, link-check and search modules in memory, on pages the Markdown module rendered.</summary>
public sealed class LayoutLinkAndSearchModuleTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task The_layout_lists_the_markdown_headings_in_the_table_of_contents_and_keeps_their_source_line()
    {
        var (harness, pages) = await RenderAsync(ModuleHarness.Page("werkwijze.md", "## Eerste stap\n\nTekst.\n\n## Tweede stap\n\nMeer.\n", "Welkom", lineOffset: 3));

        var toc = Parser.ParseDocument(pages[0].Content).QuerySelectorAll("nav.pb-toc li a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Equal([("Eerste stap", "#eerste-stap"), ("Tweede stap", "#tweede-stap")], toc);
        Assert.Equal([4, 8], pages[0].Get(Keys.Headings).Select(h => h.Location?.Line ?? 0));
        Assert.Empty(harness.Diagnostics.ToSortedList());
    }

    [Fact]
    public async Task The_link_check_reports_a_missing_anchor_at_the_markdown_line_of_the_link()
    {
        var (harness, pages) = await RenderAsync(
            ModuleHarness.Page("werkwijze.md", "## Start\n\nNaar [b](b.md#bestaat) en [kapot](b.md#bestaat-niet).\n", "Welkom", lineOffset: 3),
            ModuleHarness.Page("b.md", "## Bestaat\n\nTekst.\n", "B"));

        await harness.RunAsync(pages, new CollectAnchors(), new CheckLinks());

        var onPage = harness.Diagnostics.ToSortedList().Where(d => d.Location.File == "content/werkwijze.md").ToList();
        var error = Assert.Single(onPage);
        Assert.Equal(DiagnosticCodes.BrokenAnchor, error.Code);
        Assert.Equal(6, error.Location.Line);
    }

    [Fact]
    public async Task The_search_index_has_a_deep_link_section_per_markdown_heading_with_its_text()
    {
        var (harness, pages) = await RenderAsync(ModuleHarness.Page("werkwijze.md", "Inleiding.\n\n## Klantreis\n\nDe weg van de inwoner langs alle kanalen.\n", "Welkom"));
        await harness.WithOutputAsync(BuildPipelines.Html, pages);

        var files = await harness.RunAsync([], new BuildSearchIndex());

        var json = string.Concat(files.Select(f => f.Content));
        Assert.Contains("klantreis", json, StringComparison.Ordinal);
        Assert.Contains("De weg van de inwoner langs alle kanalen.", json, StringComparison.Ordinal);
        Assert.All(files, f => Assert.StartsWith(BuildSearchIndex.IndexFolder, f.Destination, StringComparison.Ordinal));
    }

    private static async Task<(ModuleHarness Harness, IReadOnlyList<Playbook.Pipelines.Document> Pages)> RenderAsync(params Playbook.Pipelines.Document[] pages)
    {
        var harness = new ModuleHarness().WithSite(pages);
        return (harness, await harness.RunAsync(pages, new RenderMarkdown(), new RenderLayout()));
    }
}
