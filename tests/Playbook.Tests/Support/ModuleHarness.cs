using Playbook.Build;
using Playbook.Checks;
using Playbook.Content;
using Playbook.Diagnostics;
using Playbook.Diagrams;
using Playbook.Markdown;
using Playbook.Markdown.Diagrams;
using Playbook.Pipelines;
using Playbook.Site;
using Playbook.Theming;

namespace Playbook.Tests.Support;

/// <summary>
/// Runs one module in memory, as Statiq.Testing does: a build state with the real default theme, test documents made
/// the way the reading modules make them, and the shared model (catalog, site map, earlier pipelines) set by the test.
/// Nothing is read from content/ and nothing is written to disk.
/// </summary>
public sealed class ModuleHarness
{
    /// <param name="settings">playbook.yml settings; the defaults when null.</param>
    /// <param name="themeDirectory">a theme folder (a test's edited copy); the default theme when null.</param>
    public ModuleHarness(SiteSettings? settings = null, string? themeDirectory = null)
    {
        var theme = themeDirectory ?? TestSite.ThemeDirectory;
        var strings = ThemeStrings.Load(theme, "themes/default", "nl", Diagnostics);
        var templates = new TemplateRenderer(theme, "themes/default", strings, Diagnostics);
        var resolved = settings ?? SiteSettings.Default;
        var markdown = new MarkdownRenderer(SiteBuilder.AdmonitionTitles(strings), [new DiagramExtension(DiagramText.From(strings, resolved.Raci.Scheme))]);
        var inputs = new BuildInputs(Path.Combine(Path.GetTempPath(), "playbook-harness-content"), "content", theme, "themes/default", resolved, strings, templates, markdown, new DateOnly(2026, 11, 28));
        State = new BuildState(inputs, new CheckOptions());
        Context = new PipelineContext(Diagnostics, State);
        Assert.Empty(Diagnostics.ToSortedList());
    }

    public DiagnosticBag Diagnostics { get; } = new();

    public BuildState State { get; }

    public PipelineContext Context { get; }

    /// <summary>A page as the reading modules leave it: source, URL, destination, title, kind and its Markdown body.</summary>
    public static Document Page(string source, string markdown = "", string? title = null, PageKind kind = PageKind.Page, int lineOffset = 0)
    {
        var url = Urls.FromSource(source);
        return new Document(source, Urls.Destination(url))
            .Set(Keys.File, "content/" + source)
            .Set(Keys.Url, url)
            .Set(Keys.Kind, kind)
            .Set(Keys.Page, new PageInfo(title ?? Path.GetFileNameWithoutExtension(source), null, null, null, null, null, null, false))
            .Set(Keys.Markdown, markdown)
            .Set(Keys.MarkdownLineOffset, lineOffset);
    }

    /// <summary>A core role's page as the reading modules leave it, with one result area, and a catalog that holds the role.</summary>
    public static (Document Page, ContentCatalog Catalog) Role(string id, string markdown = "")
    {
        var info = new PageInfo(id, null, null, null, null, null, null, false);
        var role = new Role(id, RoleKind.Core, info, "webredacteur", "Het doel.", [new ResultArea("Strategie", ["Schrijft de contentstrategie."])], ["Kanalen"], ["Schrijven"], ["Samenwerken"], [], ["Bereik"], new SourceLocation($"content/rollen/{id}.md", 1, 1));
        var page = Page($"rollen/{id}.md", markdown, id, PageKind.Role).Set(Keys.Role, role);
        return (page, new ContentCatalog([role], [], [], new Dictionary<(PageKind, string), string> { [(PageKind.Role, id)] = page.Get(Keys.Url) }));
    }

    /// <summary>Sets the shared model from these pages (an empty catalog unless given), as the catalog and html pipelines would.</summary>
    public ModuleHarness WithSite(IEnumerable<Document> pages, ContentCatalog? catalog = null)
    {
        State.Catalog = catalog ?? new ContentCatalog([], [], []);
        State.SiteMap = new SiteMap(pages, State.Inputs.Settings);
        return this;
    }

    /// <summary>Makes documents the output of a finished pipeline, for modules that read other pipelines' outputs.</summary>
    public async Task<ModuleHarness> WithOutputAsync(string pipeline, IReadOnlyList<Document> documents)
    {
        await new Engine([new Pipeline(pipeline, new Given(documents))]).RunAsync(Context);
        return this;
    }

    /// <summary>Runs the modules in order, as one pipeline would, and returns what the last one produced.</summary>
    public async Task<IReadOnlyList<Document>> RunAsync(IEnumerable<Document> inputs, params IModule[] modules)
    {
        IReadOnlyList<Document> documents = inputs.ToList();
        foreach (var module in modules)
        {
            documents = await module.ExecuteAsync(documents, Context);
        }

        return documents;
    }

    private sealed class Given(IReadOnlyList<Document> documents) : BatchModule
    {
        protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context) => documents;
    }
}
