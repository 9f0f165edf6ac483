using System.Runtime.CompilerServices;
using Playbook.Build;
using Playbook.Content;
using Playbook.Modules;
using Playbook.Pipelines;

namespace Playbook.Checks.Links;

/// <summary>
/// Checks links, anchors and images of the whole generated site (content pages, generated pages, theme) against
/// every file the build produces. Expects the anchors collected by <see cref="CollectAnchors"/>; reads each page's URLs
/// again (a full build reads the page back from the file it wrote) and checks them on all cores.
/// </summary>
public sealed partial class CheckLinks : CheckModule
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
        if (context.Memo is not { } memo)
        {
            Parallel.ForEach(pages, parallel, page =>
                new PageLinkCheck(page, HtmlScanner.Scan(WrittenPages.Html(page)), theme, report).Run(rules, site, catalog, options.External));
        }
        else
        {
            // The preview keeps each page's findings; a page is checked again when it, the Markdown it was written
            // from, or what links may point at (files, anchors, catalog, theme) changed: a body edit checks one page.
            var (targets, indexFiles) = LinkTargets(inputs, pages, build, context.Build(), options.External);
            Parallel.ForEach(pages, parallel, page =>
            {
                var found = memo.GetOrCompute(nameof(CheckLinks), page.Destination!, PageKey(page, targets, indexFiles), () =>
                {
                    var own = new LinkReport(new Diagnostics.DiagnosticBag());
                    new PageLinkCheck(page, HtmlScanner.Scan(WrittenPages.Html(page)), theme, own).Run(rules, site, catalog, options.External);
                    return own;
                });
                report.Add(found);
            });
        }

        report.Flush();
        context.Build().ExternalLinks = report.ExternalLinks();
    }

    /// <summary>
    /// Everything a page's links are judged against: every produced file, every page's anchors, where the site lives,
    /// the catalog and theme. The search index's shards carry a content hash in their names and come and go with the
    /// site's words, so most saves change them; they count only for a page that writes a .json URL (see <see cref="PageKey"/>).
    /// </summary>
    private static (Fingerprint Targets, Fingerprint IndexFiles) LinkTargets(IReadOnlyList<Document> inputs, List<Document> pages, BuildInputs build, BuildState state, bool external)
    {
        using var targets = new FingerprintBuilder();
        using var indexFiles = new FingerprintBuilder();
        targets.Add(state.ConfigFingerprint).Add(state.CatalogFingerprint).Add(build.Settings.BasePath).Add(build.Settings.BaseUrl).Add(external ? "external" : null);
        foreach (var file in inputs.Select(d => d.Destination).OfType<string>())
        {
            // Which shards exist changes with the words on the site (a save with a new word adds one).
            var hashed = file.StartsWith(Modules.BuildSearchIndex.IndexFolder, StringComparison.Ordinal) && ContentHash().IsMatch(file);
            (hashed ? indexFiles : targets).Add(file);
        }

        foreach (var page in pages)
        {
            targets.Add(page.Destination).Add(AnchorsFingerprint(page.Get(CollectAnchors.AnchorsKey)));
        }

        return (targets.Finish(), indexFiles.Finish());
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\.[0-9a-f]{8}\.json$")]
    private static partial System.Text.RegularExpressions.Regex ContentHash();

    /// <summary>One page's anchors as a fingerprint, remembered per anchor set: an unchanged page carries the same one from save to save.</summary>
    private static Fingerprint AnchorsFingerprint(PageAnchors anchors) =>
        AnchorFingerprints.GetValue(anchors, a => new StrongBox<Fingerprint>(Fingerprint.Of([.. a.Ids.Order(StringComparer.Ordinal)]))).Value;

    private static readonly ConditionalWeakTable<PageAnchors, StrongBox<Fingerprint>> AnchorFingerprints = [];

    /// <summary>The page's HTML and the Markdown (with its line offset) its problems are placed in, on top of the link targets.</summary>
    private static Fingerprint PageKey(Document page, Fingerprint targets, Fingerprint indexFiles)
    {
        using var builder = new FingerprintBuilder();
        return builder.Add(targets).Add(page.Content.Contains(".json", StringComparison.Ordinal) ? indexFiles : default).Add(page.Destination).Add(page.Content)
            .Add(page.Find(Keys.File)).Add(page.Find(Keys.Url)).Add(page.Find(Keys.Markdown))
            .Add(page.TryGet(Keys.MarkdownLineOffset, out var offset) ? offset.ToString(System.Globalization.CultureInfo.InvariantCulture) : null)
            .Finish();
    }
}
