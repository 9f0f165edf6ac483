using Playbook.Build;
using Playbook.Pipelines;

namespace Playbook.Checks;

/// <summary>
/// Base for the checks: each reads the whole site and adds diagnostics; documents pass through unchanged.
/// A bug in a check becomes a PB900 diagnostic (via <see cref="ModuleException"/>), never a crash of the build.
/// </summary>
public abstract class CheckModule : IModule
{
    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        try
        {
            Check(inputs, context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ModuleException)
        {
            throw new ModuleException(GetType().Name, context.Get<BuildInputs>().ContentDisplay, ex);
        }

        return inputs;
    }

    protected abstract void Check(IReadOnlyList<Document> inputs, PipelineContext context);
}
