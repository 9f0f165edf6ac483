using Playbook.Diagnostics;

namespace Playbook.Pipelines;

/// <summary>Runs pipelines in dependency order, independent ones side by side, and keeps each one's output.</summary>
public sealed class Engine
{
    private readonly IReadOnlyList<Pipeline> _pipelines;

    public Engine(IEnumerable<Pipeline> pipelines)
    {
        _pipelines = pipelines.ToList();
        var names = _pipelines.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var pipeline in _pipelines)
        {
            var missing = pipeline.Dependencies.FirstOrDefault(d => !names.Contains(d));
            if (missing is not null)
            {
                throw new ArgumentException($"Pipeline '{pipeline.Name}' depends on unknown pipeline '{missing}'.", nameof(pipelines));
            }
        }
    }

    /// <summary>
    /// Runs every pipeline; an unexpected module failure becomes a PB900 diagnostic instead of escaping, and the
    /// pipelines that depend on a failed one do not run (they would only report false problems about nothing).
    /// </summary>
    public Task RunAsync(PipelineContext context) => RunAsync(context, include: null);

    /// <summary>
    /// Runs the pipelines <paramref name="include"/> picks (all when null); one left out counts as done when an
    /// earlier run on the same context completed it. The preview runs the site in two such stages: what the reload
    /// waits for, then the rest (search, checks) on the same context.
    /// </summary>
    public async Task RunAsync(PipelineContext context, Func<Pipeline, bool>? include)
    {
        var tasks = new Dictionary<string, Task<bool>>(StringComparer.Ordinal);
        foreach (var pipeline in Order(_pipelines))
        {
            var dependencies = pipeline.Dependencies.Select(d => (Name: d, Task: tasks[d])).ToArray();
            tasks[pipeline.Name] = include is null || include(pipeline)
                ? RunAfterAsync(pipeline, dependencies, context)
                : Task.FromResult(context.Completed(pipeline.Name));
        }

        await Task.WhenAll(tasks.Values).ConfigureAwait(false);
    }

    /// <summary>Returns whether the pipeline ran to its end.</summary>
    private static async Task<bool> RunAfterAsync(Pipeline pipeline, (string Name, Task<bool> Task)[] dependencies, PipelineContext context)
    {
        await Task.WhenAll(dependencies.Select(d => d.Task)).ConfigureAwait(false);

        // Declaration order, not completion order, names the failed dependency: the message is the same every run.
        if (dependencies.FirstOrDefault(d => !d.Task.Result) is { Name: { } failed })
        {
            context.SetSkipped(pipeline.Name, failed);
            return false;
        }

        return await Task.Run(() => RunAsync(pipeline, context), context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<bool> RunAsync(Pipeline pipeline, PipelineContext context)
    {
        IReadOnlyList<Document> documents = [];
        try
        {
            foreach (var module in pipeline.Modules)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                documents = await module.ExecuteAsync(documents, context).ConfigureAwait(false);
                context.Timings.Enqueue(new ModuleTiming(pipeline.Name, module.GetType().Name, System.Diagnostics.Stopwatch.GetElapsedTime(started), documents.Count));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Report(pipeline, ex, context.Diagnostics);
            return false;
        }

        context.SetOutputs(pipeline.Name, documents);
        return true;
    }

    /// <summary>
    /// Turns a failure into one diagnostic: file-system problems are the user's to fix (PB007), anything else is
    /// a bug (PB900). Either way it names the module and document, and no stack trace reaches the user.
    /// </summary>
    private static void Report(Pipeline pipeline, Exception ex, DiagnosticBag diagnostics)
    {
        var (module, source, inner) = ex is ModuleException m ? (m.ModuleName, m.DocumentSource, m.InnerException ?? m) : ("(pipeline)", pipeline.Name, ex);
        if (inner is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.OutputError, SourceLocation.OfFile(source), $"could not read or write a file: {inner.Message}", "check that the folder exists, is writable and has free space");
            return;
        }

        diagnostics.Error(
            DiagnosticCodes.InternalError,
            SourceLocation.OfFile(source),
            $"internal error in {pipeline.Name}/{module}: {inner.GetType().Name}: {inner.Message}",
            "this is a bug in Playbook; please report it with the file named here");
    }

    /// <summary>Topological order, so every dependency's task exists before its dependants are scheduled.</summary>
    private static List<Pipeline> Order(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var ordered = new List<Pipeline>();
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false = visiting, true = done
        void Visit(Pipeline p)
        {
            if (state.TryGetValue(p.Name, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Pipelines depend on each other in a cycle through '{p.Name}'.");
                }

                return;
            }

            state[p.Name] = false;
            foreach (var dependency in p.Dependencies)
            {
                Visit(byName[dependency]);
            }

            state[p.Name] = true;
            ordered.Add(p);
        }

        foreach (var pipeline in pipelines)
        {
            Visit(pipeline);
        }

        return ordered;
    }
}
