using Playbook.Build;
using Playbook.Content;
using Playbook.Content.Fields;
using Playbook.Diagnostics;
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
        CheckRoleFields(rules, context);
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

    private static void CheckRoleFields(ContentRules rules, PipelineContext context)
    {
        var known = rules.CoreRoleFields.Where(f => RoleFields.Root.Resolve(f.Field) is not null).ToList();
        foreach (var unknown in rules.CoreRoleFields.Except(known))
        {
            var closest = ClosestPath(unknown.Field);
            context.Diagnostics.Error(
                UnknownRuleField,
                unknown.Location,
                $"rules.coreRoleFields names '{unknown.Field}', which is not a front-matter key of a role",
                closest is null
                    ? "use a front-matter key of a role page (see docs/content-model.md), e.g. 'purpose', 'grade' or 'resultAreas.tasks'"
                    : $"did you mean '{closest}'?");
        }

        var roles = context.Outputs(BuildPipelines.Roles)
            .Where(d => d.Find(Keys.Role) is { Kind: RoleKind.Core })
            .OrderBy(d => d.Get(Keys.Role).Id, StringComparer.Ordinal);
        foreach (var document in roles)
        {
            var role = document.Get(Keys.Role);
            var frontMatter = document.Get(Keys.FrontMatter);
            foreach (var field in known)
            {
                foreach (var count in FrontMatterCounter.Counts(frontMatter, field.Field).Where(c => c.Filled < field.Minimum))
                {
                    Report(context, role, At(role, frontMatter, count.Where), Message(role, field, count), field);
                }
            }
        }
    }

    private static string Message(Role role, FieldMinimum field, FrontMatterCounter.Count count)
    {
        if (count.Item is { } item)
        {
            var inner = field.Field[(field.Field.LastIndexOf('.') + 1)..];
            return $"the core role '{role.Id}': '{item}' has {count.Filled} {inner}; every core role needs at least {field.Minimum} per item ({field.Field})";
        }

        return field.Minimum == 1
            ? $"the core role '{role.Id}' does not fill in '{field.Field}'"
            : $"the core role '{role.Id}' has {count.Filled} item(s) under '{field.Field}'; every core role needs at least {field.Minimum}";
    }

    /// <summary>The closest field path to a misspelt one, or a path ending in the same key ('profile.grade' → 'grade').</summary>
    private static string? ClosestPath(string field)
    {
        var paths = RoleFields.Root.Paths().ToList();
        var last = field[(field.LastIndexOf('.') + 1)..];
        return Suggestions.Closest(field, paths)
            ?? paths.Where(p => p == last || p.EndsWith("." + last, StringComparison.Ordinal)).OrderBy(p => p.Length).FirstOrDefault();
    }

    /// <summary>The file position of a front-matter node: the role's location is its front matter's first key.</summary>
    private static SourceLocation At(Role role, YamlDotNet.RepresentationModel.YamlMappingNode frontMatter, YamlDotNet.RepresentationModel.YamlNode node) =>
        new(role.Location.File, role.Location.Line + (int)(node.Start.Line - frontMatter.Start.Line), (int)node.Start.Column);

    private static void Report(PipelineContext context, Role role, SourceLocation location, string message, FieldMinimum field) =>
        context.Diagnostics.Warning(RoleFieldMissing, location, message, $"fill in '{field.Field}' in the front matter (HR writes job profiles from it), make the role 'kind: context', or change rules.coreRoleFields in playbook.yml");
}
