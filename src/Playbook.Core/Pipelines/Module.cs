namespace Playbook.Pipelines;

/// <summary>
/// Base for modules that treat documents one at a time: the loop, cancellation, optional parallelism
/// with a stable output order, and wrapping an unexpected error once with the document's identity.
/// </summary>
public abstract class Module : IModule
{
    /// <summary>Run documents on all cores; worth it when a document costs more than a thread hop.</summary>
    protected virtual bool Parallel => false;

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, PipelineContext context)
    {
        var results = new List<Document>[inputs.Count];
        if (Parallel && inputs.Count > 1)
        {
            // Every document runs and failures are kept by index, so the one reported is the first in input order,
            // whatever the thread timing (Parallel.For would stop at whichever failure happened first).
            var failures = new Exception?[inputs.Count];
            var options = new ParallelOptions { CancellationToken = context.CancellationToken };
            System.Threading.Tasks.Parallel.For(0, inputs.Count, options, i =>
            {
                try
                {
                    results[i] = Run(inputs[i], context);
                }
                catch (ModuleException ex)
                {
                    failures[i] = ex;
                }
            });
            if (Array.Find(failures, f => f is not null) is { } first)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
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

        return Task.FromResult<IReadOnlyList<Document>>(results.SelectMany(r => r).ToList());
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
