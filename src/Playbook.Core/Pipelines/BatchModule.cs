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

    /// <summary>
    /// For a module that handles many items itself (files it lists): the documents remembered for <paramref name="item"/>
    /// when its key is unchanged, else <paramref name="compute"/>'s, remembered with what it reported.
    /// </summary>
    protected IReadOnlyList<Document> Memo(string item, Func<Fingerprint> key, PipelineContext context, Func<PipelineContext, IReadOnlyList<Document>> compute) =>
        context.Memo is { } memo ? memo.GetOrRun(GetType().Name, item, null, key(), null, context, compute) : compute(context);
}
