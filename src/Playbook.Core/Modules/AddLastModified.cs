using Playbook.Build;
using Playbook.History;
using Playbook.Pipelines;

namespace Playbook.Modules;

/// <summary>Adds to every page written by an editor when its source file last changed, from one read of the git history (the preview's: one per commit).</summary>
public sealed class AddLastModified : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var content = context.Build().Inputs.ContentDirectory;
        Task<GitHistory> Read() => GitHistory.ReadAsync(content, context.CancellationToken);

        // The preview keeps the history while the repository's HEAD is the same: a save starts no git process.
        var history = context.Build().Sources is { } sources && GitHead.Stamp(content) is { } head
            ? await sources.KeptAsync(head, Read).ConfigureAwait(false)
            : await Read().ConfigureAwait(false);
        return inputs.Select(page => history.Find(page.Source) is { } change && !IsGenerated(page) ? page.Set(HistoryKeys.LastChange, change) : page).ToList();
    }

    private static bool IsGenerated(Document page) => page.Get(Keys.File).StartsWith("(generated)", StringComparison.Ordinal);
}
