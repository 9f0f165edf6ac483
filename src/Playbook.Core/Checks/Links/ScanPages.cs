using Playbook.Pipelines;

namespace Playbook.Checks.Links;

/// <summary>Scans each generated HTML page once, on all cores, for its ids, URLs and images; other files pass through.</summary>
public sealed class ScanPages : Module
{
    public static MetadataKey<ScannedPage> ScanKey { get; } = new("scanned-page");

    protected override bool Parallel => true;

    /// <summary>Whether a document is an HTML page of the site (as opposed to an asset or sitemap.xml).</summary>
    public static bool IsPage(Document document) =>
        document.CopyFrom is null && document.Destination is { } destination && destination.EndsWith(".html", StringComparison.Ordinal);

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context)
    {
        if (!context.Shared(_ => new CheckOptions()).Links || !IsPage(input))
        {
            yield return input;
            yield break;
        }

        yield return input.Set(ScanKey, HtmlScanner.Scan(input.Content));
    }
}
