using Playbook.Build;
using Playbook.Diagnostics;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>Builds the site map (navigation, reading order, URL lookups) from all pages, after reporting URL clashes.</summary>
public sealed class BuildSiteMap : BatchModule
{
    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var pages = new List<Document>();
        foreach (var group in inputs.GroupBy(d => d.Get(Keys.Url), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var clash = group.OrderBy(d => d.Source, StringComparer.Ordinal).ToList();
            pages.Add(clash[0]);
            foreach (var other in clash.Skip(1))
            {
                context.Diagnostics.Error(
                    DiagnosticCodes.DuplicateUrl,
                    SourceLocation.OfFile(other.Get(Keys.File)),
                    $"{other.Get(Keys.File)} and {clash[0].Get(Keys.File)} both become the page {group.Key}",
                    "rename or remove one of them");
            }
        }

        context.Build().SiteMap = new SiteMap(pages, context.Build().Inputs.Settings);
        context.Build().SiteMapFingerprint = SiteFingerprints.SiteMap(pages, remember: context.Build().Sources is not null);
        return pages;
    }
}
