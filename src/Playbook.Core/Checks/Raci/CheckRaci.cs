using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;

namespace Playbook.Checks.Raci;

/// <summary>Checks every matrix against the RACI rules (RACI001–RACI012) with the scheme and thresholds of playbook.yml.</summary>
public sealed class CheckRaci : CheckModule
{
    protected override void Check(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var settings = context.Build().Inputs.Settings.Raci;
        var catalog = context.Build().Catalog;
        var rules = new RaciRules(catalog, settings, context.Diagnostics);
        foreach (var matrix in catalog.Matrices)
        {
            rules.CheckMatrix(matrix);
        }

        rules.CheckRoles();
    }
}
