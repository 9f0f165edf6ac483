using Playbook.Build;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>
/// Builds the site map (navigation, reading order, URL lookups) from all pages, after reporting URL clashes. The
/// preview keeps the last one while no page's URL, kind, front matter or last change moved (a body edit).
/// </summary>
public sealed class BuildSiteMap : BatchModule
{
    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var state = context.Build();
        // The site map reads of each page only what its fingerprint covers, so the same parts in the same input order
        // give the same arrangement: the kept one is applied to this build's documents (a changed body is a new one).
        var arranged = state.Sources is { } sources
            ? sources.Kept(Fingerprint.Of(state.ConfigFingerprint.ToString(), SiteFingerprints.SiteMap(inputs, remember: true).ToString()), () => Arrange(inputs, state))
            : Arrange(inputs, state);
        foreach (var (url, first, other) in arranged.Clashes)
        {
            context.Diagnostics.Error(
                DiagnosticCodes.DuplicateUrl,
                SourceLocation.OfFile(other),
                $"{other} and {first} both become the page {url}",
                "rename or remove one of them");
        }

        state.SiteMap = arranged.Map;
        state.SiteMapFingerprint = arranged.Fingerprint;
        return arranged.Order.Select(i => inputs[i]).ToList();
    }

    /// <summary>One page per URL (the first by source of those that clash), in URL order, and the site map of those pages.</summary>
    private static Arrangement Arrange(IReadOnlyList<Document> inputs, BuildState state)
    {
        var order = new List<int>();
        var clashes = new List<(string, string, string)>();
        foreach (var group in Enumerable.Range(0, inputs.Count).GroupBy(i => inputs[i].Get(Keys.Url), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var clash = group.OrderBy(i => inputs[i].Source, StringComparer.Ordinal).ToList();
            order.Add(clash[0]);
            clashes.AddRange(clash.Skip(1).Select(i => (group.Key, inputs[clash[0]].Get(Keys.File), inputs[i].Get(Keys.File))));
        }

        var pages = order.Select(i => inputs[i]).ToList();
        return new Arrangement(order, clashes, new SiteMap(pages, state.Inputs.Settings), SiteFingerprints.SiteMap(pages, remember: state.Sources is not null));
    }

    /// <summary>Which inputs become pages (their indexes, in URL order), the URLs two sources claim, the site map and its fingerprint.</summary>
    private sealed record Arrangement(IReadOnlyList<int> Order, IReadOnlyList<(string Url, string First, string Other)> Clashes, SiteMap Map, Fingerprint Fingerprint);
}
