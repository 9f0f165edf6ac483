namespace Playbook.Pipelines;

/// <summary>Base for modules that look at all documents at once and do no I/O worth awaiting (site map, concatenation).</summary>
public abstract class BatchModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(context.Memo is { } memo && KeyOf(inputs, context) is { } key
            ? memo.GetOrRun(GetType().Name, "*", null, key, null, context, scoped => Execute(inputs, scoped))
            : Execute(inputs, context));
    }

    /// <summary>Returns the pipeline's next documents.</summary>
    protected abstract IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context);

    /// <summary>
    /// The fingerprint of everything <see cref="Execute"/> reads, or null to compute it every time (the default). Only
    /// for modules whose whole effect is their output documents (not ones that set shared state such as the site map).
    /// </summary>
    protected virtual Fingerprint? KeyOf(IReadOnlyList<Document> inputs, PipelineContext context) => null;
}
