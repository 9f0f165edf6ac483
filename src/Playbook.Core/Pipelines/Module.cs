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
        var results = new IReadOnlyList<Document>[inputs.Count];
        var stamp = context.Memo is null ? null : StampOf(context);
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
                    results[i] = Run(inputs[i], stamp, context);
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
                results[i] = Run(inputs[i], stamp, context);
            }
        }

        return Task.FromResult<IReadOnlyList<Document>>(results.SelectMany(r => r).ToList());
    }

    /// <summary>Returns the documents that replace <paramref name="input"/>: itself, a clone, several, or none.</summary>
    protected abstract IEnumerable<Document> Execute(Document input, PipelineContext context);

    /// <summary>
    /// The fingerprint of everything <see cref="Execute"/> reads for this document, or null to compute it every time
    /// (the default). With a key, a run with a <see cref="MemoCache"/> reuses the result of an earlier run with the same key.
    /// </summary>
    protected virtual Fingerprint? KeyOf(Document input, PipelineContext context) => null;

    /// <summary>A further fingerprint for results that show they needed more than the key covers (a page with a diagram needs the catalog); null if not.</summary>
    protected virtual Fingerprint? ExtraKeyOf(IReadOnlyList<Document> outputs, PipelineContext context) => null;

    /// <summary>
    /// With a <see cref="MemoCache"/>: the fingerprint of everything any document's key reads besides the document
    /// itself — the configuration, the site map, … — once per run; null (the default) when there is no such bound.
    /// With it, the very document of the last run reuses its result without computing its key; its extra key, when
    /// its result had one, is still compared, so the stamp need not cover what only some results read.
    /// </summary>
    protected virtual Fingerprint? StampOf(PipelineContext context) => null;

    private IReadOnlyList<Document> Run(Document input, Fingerprint? stamp, PipelineContext context)
    {
        try
        {
            if (context.Memo is not { } memo)
            {
                return Execute(input, context).ToList();
            }

            return (stamp is { } same ? memo.Same(GetType().Name, input, same, outputs => ExtraKeyOf(outputs, context), context) : null)
                ?? (KeyOf(input, context) is { } key
                    ? memo.GetOrRun(GetType().Name, input.Source, input, key, outputs => ExtraKeyOf(outputs, context), context, scoped => Execute(input, scoped).ToList(), stamp)
                    : Execute(input, context).ToList());
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ModuleException)
        {
            throw new ModuleException(GetType().Name, input.Source, ex);
        }
    }
}
