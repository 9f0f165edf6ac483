using Playbook.Build;
using Playbook.Pipelines;

namespace Playbook.Checks.Links;

/// <summary>
/// Collects the anchors (ids, a name=) of each generated HTML page, on all cores, so links from any page can be
/// checked against any other; other files pass through. Only the anchors are kept: the URLs are read again, page by
/// page, while checking, so millions of them never live at once.
/// </summary>
public sealed class CollectAnchors : Module
{
    public static MetadataKey<PageAnchors> AnchorsKey { get; } = new("page-anchors");

    protected override bool Parallel => true;

    /// <summary>Whether a document is an HTML page of the site (as opposed to an asset or sitemap.xml).</summary>
    public static bool IsPage(Document document) =>
        document.CopyFrom is null && document.Destination is { } destination && destination.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>A page's anchors are a function of its HTML (the preview reuses them for every page a save did not change).</summary>
    protected override Fingerprint? KeyOf(Document input, PipelineContext context) =>
        context.Build().Checks.Links && IsPage(input) ? Fingerprint.Of(input.Destination, input.Content) : null;

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        // A full build took the anchors when it wrote the page (WrittenPages); the HTML is no longer in memory.
        if (!context.Build().Checks.Links || !IsPage(input) || input.TryGet(AnchorsKey, out _))
        {
            yield return input;
            yield break;
        }

        yield return input.Set(AnchorsKey, HtmlScanner.ScanAnchors(input.Content));
    }
}
