using System.Runtime.CompilerServices;
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
        var sources = context.Build().Sources;
        Task<GitHistory> Read() => GitHistory.ReadAsync(content, context.CancellationToken);

        // The preview keeps the history while the repository's HEAD is the same: a save starts no git process.
        var history = sources is not null && GitHead.Stamp(content) is { } head
            ? await sources.KeptAsync(head, Read).ConfigureAwait(false)
            : await Read().ConfigureAwait(false);
        if (sources is null)
        {
            return inputs.Select(page => WithLastChange(page, history)).ToList();
        }

        // The preview gives an unchanged page the dated document of the last save (one per history), so the modules
        // after this one see the same document again and reuse their results without fingerprinting it.
        var dated = Dated.GetValue(history, _ => new ConditionalWeakTable<Document, Document>());
        return inputs.Select(page => dated.GetValue(page, p => WithLastChange(p, history))).ToList();
    }

    private static readonly ConditionalWeakTable<GitHistory, ConditionalWeakTable<Document, Document>> Dated = [];

    private static Document WithLastChange(Document page, GitHistory history) =>
        history.Find(page.Source) is { } change && !IsGenerated(page) ? page.Set(HistoryKeys.LastChange, change) : page;

    private static bool IsGenerated(Document page) => page.Get(Keys.File).StartsWith("(generated)", StringComparison.Ordinal);
}
