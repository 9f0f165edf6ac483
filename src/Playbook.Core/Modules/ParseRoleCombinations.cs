using Playbook.Content;
using Playbook.Content.Readers;
using Playbook.Content.Yaml;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Reads the guide from roles to jobs (rollen/combinaties.yml), checking its role ids against the role pages.</summary>
public sealed class ParseRoleCombinations : IModule
{
    public static MetadataKey<RoleCombinations> Key { get; } = new("role-combinations");

    /// <summary>The guide of this build, or null when content/ has no rollen/combinaties.yml.</summary>
    public static RoleCombinations? From(PipelineContext context) =>
        context.Outputs(BuildPipelines.Combinations).Select(d => d.Find(Key)).FirstOrDefault(c => c is not null);

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var roleIds = context.Outputs(BuildPipelines.Roles)
            .Select(d => d.TryGet(ContentCatalog.RoleKey, out var role) ? role.Id : null)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        var outputs = new List<Document>();
        foreach (var input in inputs)
        {
            var fields = YamlLoader.LoadMapping(input.Content, input.Get(Keys.File), 0, context.Diagnostics);
            if (fields is not null)
            {
                outputs.Add(input.Set(Key, RoleCombinationsReader.Read(fields, roleIds)));
            }
        }

        return outputs;
    }
}
