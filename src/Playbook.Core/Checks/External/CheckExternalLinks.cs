using Playbook.Build;
using Playbook.Checks.Links;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using static Playbook.Diagnostics.DiagnosticCodes;

namespace Playbook.Checks.External;

/// <summary>
/// With 'check --external': requests every external link the link check collected (LNK013 when broken, LNK014 when
/// it could not be verified), skipping links that answered well recently according to the cache file.
/// </summary>
public sealed class CheckExternalLinks : CheckModule
{
    protected override async Task CheckAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var options = context.Build().Checks;
        if (!options.External || !options.Links)
        {
            return;
        }

        var today = context.Build().Inputs.Today;
        var links = context.Build().ExternalLinks.Links;
        var cache = ExternalLinkCache.Load(options.ExternalCacheFile ?? Path.Combine(".playbook-cache", "external-links.json"));
        var toAsk = links.Select(l => l.Url).Where(url => !cache.IsFresh(url, today, options.ExternalCacheDays)).ToList();
        using var checker = new ExternalLinkChecker(options);
        var results = await checker.CheckAllAsync(toAsk, context.CancellationToken).ConfigureAwait(false);
        foreach (var link in links)
        {
            if (!results.TryGetValue(link.Url, out var result))
            {
                continue;
            }

            if (result.Outcome == ExternalOutcome.Ok)
            {
                cache.Remember(link.Url, result.Status ?? 200, today);
                continue;
            }

            foreach (var location in link.Locations)
            {
                Report(context.Diagnostics, location, link.Url, result);
            }
        }

        cache.Save();
    }

    private static void Report(DiagnosticBag diagnostics, SourceLocation location, string url, ExternalResult result)
    {
        if (result.Outcome == ExternalOutcome.Broken)
        {
            diagnostics.Error(ExternalBroken, location, $"'{url}' does not work: {result.Detail}", "fix the address or remove the link; if the page moved, link to its new address");
        }
        else
        {
            diagnostics.Warning(ExternalUnverified, location, $"'{url}' could not be verified: {result.Detail}", "check the link in a browser; run 'playbook check --external' again later");
        }
    }
}
