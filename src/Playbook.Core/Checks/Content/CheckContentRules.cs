using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;
using static Playbook.Diagnostics.DiagnosticCodes;

namespace Playbook.Checks.Content;

/// <summary>
/// The playbook's own rules from 'rules:' in playbook.yml: job-profile fields every core role fills in (CNT001), a basis
/// on every activity (CNT002), pages that must exist (CNT003); a rule naming a field no role has is CNT004.
/// </summary>
public sealed class CheckContentRules : CheckModule
{
    protected override void Check(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var rules = context.Build().Inputs.Settings.Rules;
        var catalog = context.Build().Catalog;
        CheckRoleFields(rules, catalog, context);
        if (rules.ActivityBasis)
        {
            foreach (var activity in catalog.Matrices.SelectMany(m => m.Activities).Where(a => a.Basis == Basis.Unspecified))
            {
                context.Diagnostics.Warning(MissingBasis, activity.Location, $"activity '{activity.Id}' does not say what it rests on", "add 'basis: source' (the source says so) or 'basis: choice' (an editorial choice), as rules.activityBasis in playbook.yml asks");
            }
        }

        var urls = context.Outputs(BuildPipelines.Html).Select(d => d.Find(Keys.Url)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var page in rules.RequiredPages.Where(p => !urls.Contains(p.Url)))
        {
            context.Diagnostics.Error(RequiredPageMissing, page.Location, $"the playbook has no page at {page.Url}, which rules.requiredPages asks for", "restore the page (its file may have been renamed or deleted), or remove the URL from rules.requiredPages in playbook.yml");
        }
    }

    private static void CheckRoleFields(ContentRules rules, ContentCatalog catalog, PipelineContext context)
    {
        var known = rules.CoreRoleFields.Where(f => RoleFieldCounter.Exists(f.Field)).ToList();
        foreach (var unknown in rules.CoreRoleFields.Except(known))
        {
            context.Diagnostics.Error(UnknownRuleField, unknown.Location, $"rules.coreRoleFields names '{unknown.Field}', which is not a field of a role", "use a front-matter key of a role page (see docs/content-model.md), e.g. 'purpose' or 'resultAreas.tasks'");
        }

        foreach (var role in catalog.Roles.Where(r => r.Kind == RoleKind.Core))
        {
            foreach (var field in known)
            {
                if (field.Field.Contains('.', StringComparison.Ordinal))
                {
                    var inner = field.Field[(field.Field.IndexOf('.', StringComparison.Ordinal) + 1)..];
                    foreach (var (item, count) in RoleFieldCounter.CountPerItem(role, field.Field).Where(i => i.Count < field.Minimum))
                    {
                        Report(context, role, $"the core role '{role.Id}': '{item}' has {count} {inner}; every core role needs at least {field.Minimum} per item ({field.Field})", field);
                    }

                    continue;
                }

                var filled = RoleFieldCounter.Count(role, field.Field);
                if (filled < field.Minimum)
                {
                    var message = field.Minimum == 1
                        ? $"the core role '{role.Id}' does not fill in '{field.Field}'"
                        : $"the core role '{role.Id}' has {filled} item(s) under '{field.Field}'; every core role needs at least {field.Minimum}";
                    Report(context, role, message, field);
                }
            }
        }
    }

    private static void Report(PipelineContext context, Role role, string message, FieldMinimum field) =>
        context.Diagnostics.Warning(RoleFieldMissing, role.Location, message, $"fill in '{field.Field}' in the front matter (HR writes job profiles from it), make the role 'kind: context', or change rules.coreRoleFields in playbook.yml");
}
