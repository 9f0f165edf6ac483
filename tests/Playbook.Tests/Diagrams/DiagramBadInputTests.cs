using Markdig;
using Playbook.Build;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Markdown;
using Playbook.Markdown.Diagrams;
using Playbook.Pipelines;
using Playbook.Tests.Support;

namespace Playbook.Tests.Diagrams;

/// <summary>A fence that names an unknown id or option: a diagnostic at the fence's file, line and word, a placeholder, no exception.</summary>
public sealed class DiagramBadInputTests
{
    [Theory]
    [InlineData("```raci onbekend", "content/pagina.md:6:9: error DGM001: unknown matrix 'onbekend' (use one of: webcare)")]
    [InlineData("```swimlane onbekend", "content/pagina.md:6:13: error DGM001: unknown example 'onbekend' (use one of: parkeren)")]
    [InlineData("```network niemand", "content/pagina.md:6:12: error DGM001: unknown role 'niemand' (use one of: contentspecialist, klantcontactcentrum)")]
    [InlineData("```swimlane", "content/pagina.md:6:4: error DGM002: a swimlane diagram needs the id of its example (write ```swimlane <example-id>)")]
    [InlineData("```raci webcare kleur=rood", "content/pagina.md:6:17: error DGM003: unknown option 'kleur' for a raci diagram (use one of: roles)")]
    [InlineData("```swimlane parkeren roles=contentspecialist", "content/pagina.md:6:22: error DGM003: unknown option 'roles' for a swimlane diagram (a swimlane diagram takes no options)")]
    [InlineData("```load roles=contentspecialist,niemand", "content/pagina.md:6:9: error DGM004: option 'roles' names unknown role 'niemand'")]
    [InlineData("```raci webcare roles=", "content/pagina.md:6:17: error DGM004: option 'roles' has no value")]
    [InlineData("```load contentspecialist extra", "content/pagina.md:6:27: error DGM005: unexpected 'extra' in a load diagram")]
    public async Task A_bad_fence_is_reported_at_its_file_line_and_word(string fence, string expected)
    {
        using var site = TestSite.Minimal();
        site.Write("pagina.md", $"---\ntitle: Pagina\n---\nTekst.\n\n{fence}\n```\n");
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(messages, m => m.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
    }

    [Fact]
    public async Task A_diagram_with_nothing_to_draw_warns_and_shows_a_placeholder()
    {
        using var site = TestSite.Minimal();
        site.Write("rollen/wethouder.md", "---\ntitle: Wethouder\nkind: context\nsummary: Bestuurder.\n---\nDe wethouder.\n");
        site.Write("pagina.md", "---\ntitle: Pagina\n---\n```network wethouder\n```\n");
        var result = await site.BuildCleanAsync();
        Assert.Contains(result.Diagnostics, d => d.ToString() == "content/pagina.md:4:12: warning DGM006: the network diagram has nothing to draw (check the id and the roles option, or remove the diagram)");
        var placeholder = site.Page("/pagina/").QuerySelector(".pb-diagram-error");
        Assert.NotNull(placeholder);
        Assert.Contains("nothing to draw", placeholder.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fence_that_cannot_be_drawn_renders_a_visible_placeholder_in_place_of_the_diagram()
    {
        var diagnostics = new DiagnosticBag();
        var html = Render("Voor.\n\n```raci onbekend roles=niemand\n```\n\nNa.\n", diagnostics, lineOffset: 3);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var placeholder = page.QuerySelector("div.pb-diagram-error")!;
        Assert.Equal("note", placeholder.GetAttribute("role"));
        Assert.Equal("Dit diagram kon niet worden getekend", placeholder.QuerySelector(".pb-diagram-error__title")!.TextContent);
        Assert.Equal(["option 'roles' names unknown role 'niemand'", "unknown matrix 'onbekend'"], placeholder.QuerySelectorAll("li").Select(l => l.TextContent));
        Assert.Null(page.QuerySelector("svg"));
        Assert.Equal(["Voor.", "Na."], page.QuerySelectorAll("body > p").Select(p => p.TextContent));
        Assert.Equal(
            ["content/pagina.md:6:9: error DGM001: unknown matrix 'onbekend' (use one of: webcare)", "content/pagina.md:6:18: error DGM004: option 'roles' names unknown role 'niemand' (use one of: kcc)"],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void Other_fences_stay_code_blocks()
    {
        var html = Render("```yaml\nraci: webcare\n```\n\n```racing\nx\n```\n", new DiagnosticBag(), 0);
        Assert.Contains("<pre><code class=\"language-yaml\">raci: webcare", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code class=\"language-racing\">x", html, StringComparison.Ordinal);
    }

    /// <summary>Renders Markdown as a page of a site with one matrix 'webcare' and one role 'kcc'.</summary>
    private static string Render(string markdown, DiagnosticBag diagnostics, int lineOffset)
    {
        var here = SourceLocation.OfFile("content/raci/webcare.yml");
        var info = new PageInfo("Webcare", null, null, null, null, null, null, false);
        var matrix = new RaciMatrix("webcare", info, null, [], null, [new Activity("a", "Vragen beantwoorden", null, Basis.Source, [new RaciCell("kcc", "AR", here)], here)], here);
        var role = new Role("kcc", RoleKind.Context, info with { Title = "KCC" }, null, null, [], [], [], [], [], [], here);
        var catalog = new ContentCatalog([role], [matrix], []);
        var renderer = new MarkdownRenderer(new Dictionary<string, string>(), [new DiagramExtension(DiagramTestData.Text)]);
        var context = new PageRenderContext(new Document("pagina.md"), "content/pagina.md", lineOffset, catalog, diagnostics);
        using var writer = new StringWriter();
        var html = new PlaybookHtmlRenderer(writer, context);
        renderer.Pipeline.Setup(html);
        html.Render(Markdig.Markdown.Parse(markdown, renderer.Pipeline));
        return writer.ToString();
    }
}
