using Playbook.Build;
using Playbook.Content;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Builds the content catalog (roles, matrices, examples, glossary) from the reading pipelines' outputs, once per build.</summary>
public sealed class BuildCatalog : BatchModule
{
    protected override IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        // The first page of an id wins, as in the catalog's own lookups; a clash is reported by BuildSiteMap.
        var urls = new Dictionary<(PageKind, string), string>();
        foreach (var page in new[] { BuildPipelines.Roles, BuildPipelines.Matrices, BuildPipelines.Examples }.SelectMany(context.Outputs))
        {
            var id = page.TryGet(Keys.Role, out var role) ? role.Id : page.TryGet(Keys.Matrix, out var matrix) ? matrix.Id : page.TryGet(Keys.Example, out var example) ? example.Id : null;
            if (id is not null)
            {
                urls.TryAdd((page.Get(Keys.Kind), id), page.Get(Keys.Url));
            }
        }

        context.Build().CatalogFingerprint = SiteFingerprints.Catalog(new[] { BuildPipelines.Roles, BuildPipelines.Matrices, BuildPipelines.Examples }.SelectMany(context.Outputs));
        context.Build().Catalog = new ContentCatalog(
            Models(context, BuildPipelines.Roles, Keys.Role),
            Models(context, BuildPipelines.Matrices, Keys.Matrix),
            Models(context, BuildPipelines.Examples, Keys.Example),
            urls)
        {
            Folders = context.Build().Inputs.Folders,
            Glossary = context.Outputs(BuildPipelines.Glossary).Select(d => d.Find(Keys.Glossary)).FirstOrDefault(g => g is not null),
        };
        return inputs;
    }

    private static List<T> Models<T>(PipelineContext context, string pipeline, MetadataKey<T> key)
        where T : notnull =>
        context.Outputs(pipeline).Select(d => d.TryGet(key, out var m) ? (ok: true, m) : (ok: false, m)).Where(x => x.ok).Select(x => x.m).ToList();
}
