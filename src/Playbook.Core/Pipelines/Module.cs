namespace Playbook.Pipelines;

/// <summary>
/// Base for modules that treat documents one at a time: the loop, cancellation, optional parallelism
/// with a stable output order, and wrapping an unexpected error once with the document's identity.
/// </summary>
public abstract class Module : IModule
{
    /// <summary>Run documents on all cores; worth it when a document costs more than a thread hop.</summary>
    protected virtual bool Parallel => false;

    public IReadOnlyList<Document> Execute(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var results = new List<Document>[inputs.Count];
        if (Parallel && inputs.Count > 1)
        {
            var options = new ParallelOptions { CancellationToken = context.CancellationToken };
            try
            {
                System.Threading.Tasks.Parallel.For(0, inputs.Count, options, i => results[i] = Run(inputs[i], context));
            }
            catch (AggregateException ex)
            {
                // Report the first document that failed, as the sequential loop would, not a wrapper.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
            }
        }
        else
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                results[i] = Run(inputs[i], context);
            }
        }

        return results.SelectMany(r => r).ToList();
    }

    /// <summary>Returns the documents that replace <paramref name="input"/>: itself, a clone, several, or none.</summary>
    protected abstract IEnumerable<Document> Execute(Document input, PipelineContext context);

    private List<Document> Run(Document input, PipelineContext context)
    {
        try
        {
            return Execute(input, context).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ModuleException)
        {
            throw new ModuleException(GetType().Name, input.Source, ex);
        }
    }
}
