using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Builds the content catalog (roles, matrices, examples) from the reading pipelines' outputs, once per build.</summary>
public sealed class BuildCatalog : BatchModule
{
    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        context.Build().Catalog = new ContentCatalog(
            Models(context, BuildPipelines.Roles, Keys.Role),
            Models(context, BuildPipelines.Matrices, Keys.Matrix),
            Models(context, BuildPipelines.Examples, Keys.Example));
        return inputs;
    }

    private static List<T> Models<T>(PipelineContext context, string pipeline, MetadataKey<T> key)
        where T : notnull =>
        context.Outputs(pipeline).Select(d => d.TryGet(key, out var m) ? (ok: true, m) : (ok: false, m)).Where(x => x.ok).Select(x => x.m).ToList();
}
