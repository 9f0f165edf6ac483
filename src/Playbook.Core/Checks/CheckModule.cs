using Playbook.Build;
using Playbook.Pipelines;

namespace Playbook.Checks;

/// <summary>
/// Base for the checks: each reads the whole site and adds diagnostics; documents pass through unchanged.
/// A bug in a check becomes a PB900 diagnostic (via <see cref="ModuleException"/>), never a crash of the build.
/// Override <see cref="Check"/> for work on this thread, or <see cref="CheckAsync"/> for I/O that should not block one.
/// </summary>
public abstract class CheckModule : IModule
{
    public async Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        try
        {
            await CheckAsync(inputs, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ModuleException)
        {
            throw new ModuleException(GetType().Name, context.Build().Inputs.ContentDisplay, ex);
        }

        return inputs;
    }

    protected virtual Task CheckAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        Check(inputs, context);
        return Task.CompletedTask;
    }

    protected virtual void Check(IReadOnlyList<Document> inputs, PipelineContext context)
    {
    }
}
