using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;
using Playbook.Site;

namespace Playbook.Modules;

/// <summary>Adds /rollen/vergelijken/: the core roles side by side (doel, resultaatgebieden, A's and R's, competenties, schaal).</summary>
public sealed class GenerateRoleComparison : BatchModule
{
    public const string Source = "rollen/vergelijken.md";
    public const string Layout = "compare-roles";

    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var build = context.Build().Inputs;
        var coreRoles = context.Outputs(BuildPipelines.Roles).Count(d => d.TryGet(Keys.Role, out var role) && role.Kind == RoleKind.Core);
        if (coreRoles < 2)
        {
            return inputs;
        }

        var url = Urls.FromSource(Source);
        var page = new Document(Source, Urls.Destination(url))
            .Set(Keys.Url, url)
            .Set(Keys.Kind, PageKind.Page)
            .Set(Keys.File, "(generated) " + Source)
            .Set(Keys.Page, new PageInfo(build.Strings["compare_title"], build.Strings["compare_summary"], null, 90, Layout, null, null, false))
            .Set(Keys.Markdown, string.Empty)
            .Set(Keys.MarkdownLineOffset, 0);
        return [.. inputs, page];
    }
}
