namespace Playbook.Pipelines;

/// <summary>Base for modules that look at all documents at once and do no I/O worth awaiting (site map, concatenation).</summary>
public abstract class BatchModule : IModule
{
    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Execute(inputs, context));
    }

    /// <summary>Returns the pipeline's next documents.</summary>
    protected abstract IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context);
}
