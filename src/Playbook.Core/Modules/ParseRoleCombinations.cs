using Playbook.Build;
using Playbook.Content.Readers;
using Playbook.Content.Yaml;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Reads the guide from roles to jobs (rollen/combinaties.yml), checking its role ids against the role pages.</summary>
public sealed class ParseRoleCombinations : BatchModule
{
    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var roleIds = context.Outputs(BuildPipelines.Roles)
            .Select(d => d.TryGet(Keys.Role, out var role) ? role.Id : null)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var fields = YamlLoader.LoadMapping(input.Content, input.Get(Keys.File), 0, context.Diagnostics);
            if (fields is not null)
            {
                context.Build().RoleCombinations = RoleCombinationsReader.Read(fields, roleIds);
            }
        }

        return inputs;
    }
}
