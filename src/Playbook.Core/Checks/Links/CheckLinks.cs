using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;

namespace Playbook.Checks.Links;

/// <summary>
/// Checks links, anchors and images of the whole generated site (content pages, generated pages, theme) against
/// every file the build produces. Expects the anchors collected by <see cref="CollectAnchors"/>; reads each page's URLs
/// again and checks them on all cores.
/// </summary>
public sealed class CheckLinks : CheckModule
{
    protected override void Check(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var options = context.Build().Checks;
        if (!options.Links)
        {
            return;
        }

        var build = context.Build().Inputs;
        var pages = inputs.Where(d => d.TryGet(CollectAnchors.AnchorsKey, out _)).ToList();
        var site = new SiteFiles(
            inputs.Where(d => d.Destination is not null).Select(d => d.Destination!),
            pages.ToDictionary(p => p.Destination!, p => p.Get(CollectAnchors.AnchorsKey), StringComparer.Ordinal),
            build.Settings.BasePath,
            build.Settings.BaseUrl);
        var rules = new LinkRules(site);
        var theme = new ThemeLocator(build);
        var report = new LinkReport(context.Diagnostics);
        var catalog = context.Build().Catalog;
        var parallel = new ParallelOptions { CancellationToken = context.CancellationToken };
        Parallel.ForEach(pages, parallel, page =>
            new PageLinkCheck(page, HtmlScanner.Scan(page.Content), theme, report).Run(rules, site, catalog, options.External));
        report.Flush();
        context.Build().ExternalLinks = report.ExternalLinks();
    }
}
