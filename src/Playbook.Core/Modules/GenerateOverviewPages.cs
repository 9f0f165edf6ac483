using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>
/// Adds the pages no editor writes: the overviews of roles, matrices and examples (unless content/ has its own
/// index page there), "wie doet wat", the search results page and the 404 page. Their titles come from the theme's strings.
/// </summary>
public sealed class GenerateOverviewPages : BatchModule
{
    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var build = context.Build().Inputs;
        var existing = context.Outputs(BuildPipelines.Pages).Select(d => d.Get(Keys.Kind)).ToHashSet();
        var generated = new List<Document>();
        var folders = build.Folders;
        var overviews = folders.All.Select(f => (f.IndexSource, f.OverviewKind, f.OverviewTitleKey, f.OverviewOrder))
            // "Wie doet wat" answers the question staff come with most, so it leads the menu.
            .Append(("wie-doet-wat.md", PageKind.WhoDoesWhat, "who_does_what_title", 0))
            .OrderBy(o => o.Item4);
        foreach (var (source, kind, titleKey, order) in overviews)
        {
            if (!existing.Contains(kind))
            {
                generated.Add(Page(source, Urls.FromSource(source), kind, build.Strings[titleKey], order));
            }
        }

        generated.Add(Page("zoeken.md", "/zoeken/", PageKind.Search, build.Strings["search_title"], null));
        generated.Add(Page("404.md", "/404.html", PageKind.NotFound, build.Strings["not_found_title"], null));
        return generated;
    }

    private static Document Page(string source, string url, PageKind kind, string title, int? order) =>
        new Document(source, Urls.Destination(url))
            .Set(Keys.Url, url)
            .Set(Keys.Kind, kind)
            .Set(Keys.File, "(generated) " + source)
            .Set(Keys.Page, new PageInfo(title, null, null, order, null, null, null, false))
            .Set(Keys.Markdown, string.Empty)
            .Set(Keys.MarkdownLineOffset, 0);
}
