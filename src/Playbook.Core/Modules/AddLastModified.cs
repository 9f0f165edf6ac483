using Playbook.Build;
using Playbook.History;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Adds to every page written by an editor when its source file last changed, from one read of the git history.</summary>
public sealed class AddLastModified : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var history = await GitHistory.ReadAsync(context.Build().Inputs.ContentDirectory, context.CancellationToken).ConfigureAwait(false);
        return inputs.Select(page => history.Find(page.Source) is { } change && !IsGenerated(page) ? page.Set(HistoryKeys.LastChange, change) : page).ToList();
    }

    private static bool IsGenerated(Document page) => page.Get(Keys.File).StartsWith("(generated)", StringComparison.Ordinal);
}
