using System.Collections.Concurrent;
using Playbook.Diagnostics;

namespace Playbook.Pipelines;

/// <summary>What every module may see: the finished pipelines' outputs, the build's own state object and the diagnostics.</summary>
public sealed class PipelineContext
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _outputs;
    private readonly ConcurrentDictionary<string, string> _skipped;
    private readonly object? _state;

    public PipelineContext(DiagnosticBag diagnostics, object? state = null, CancellationToken cancellationToken = default)
    {
        Diagnostics = diagnostics;
        _state = state;
        CancellationToken = cancellationToken;
        _outputs = new(StringComparer.Ordinal);
        _skipped = new(StringComparer.Ordinal);
        Timings = new();
    }

    private PipelineContext(PipelineContext shared, DiagnosticBag diagnostics, CancellationToken cancellationToken)
    {
        Diagnostics = diagnostics;
        _state = shared._state;
        CancellationToken = cancellationToken;
        Memo = shared.Memo;
        _outputs = shared._outputs;
        _skipped = shared._skipped;
        Timings = shared.Timings;
    }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>How long each module took, for --timings and the benchmarks.</summary>
    public ConcurrentQueue<ModuleTiming> Timings { get; }

    /// <summary>Results kept from earlier runs (the preview's), or null when every module computes everything (a full build).</summary>
    public MemoCache? Memo { get; init; }

    /// <summary>Reaches every module: the engine checks it between modules, <see cref="Module"/> between documents.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// The state the application shares between its modules (for the site build: inputs, catalog, site map). The
    /// engine only carries it; a module asking for a state the build was not started with is a bug, not a default.
    /// </summary>
    public T State<T>()
        where T : class =>
        _state as T ?? throw new InvalidOperationException($"This pipeline context carries no {typeof(T).Name}; create it with one.");

    /// <summary>The documents a finished pipeline produced; only dependencies are guaranteed to have finished.</summary>
    public IReadOnlyList<Document> Outputs(string pipeline) =>
        _outputs.TryGetValue(pipeline, out var docs) ? docs
        : _skipped.TryGetValue(pipeline, out var failed) ? throw new InvalidOperationException($"Pipeline '{pipeline}' did not run because '{failed}' failed.")
        : throw new InvalidOperationException($"Pipeline '{pipeline}' has not run; declare it as a dependency.");

    /// <summary>Whether the pipeline ran to its end (false when it failed, was skipped or has not run yet).</summary>
    public bool Completed(string pipeline) => _outputs.ContainsKey(pipeline);

    /// <summary>The same context reporting into <paramref name="diagnostics"/>: a memoised result keeps what it reported.</summary>
    internal PipelineContext WithDiagnostics(DiagnosticBag diagnostics) => new(this, diagnostics, CancellationToken);

    /// <summary>
    /// A later stage on the same outputs, state and cache, reporting into <paramref name="diagnostics"/> and stopped by
    /// <paramref name="cancellationToken"/> (the preview's checks after the reload, which a newer save cancels).
    /// </summary>
    public PipelineContext Continue(DiagnosticBag diagnostics, CancellationToken cancellationToken) => new(this, diagnostics, cancellationToken);

    internal void SetOutputs(string pipeline, IReadOnlyList<Document> documents) => _outputs[pipeline] = documents;

    internal void SetSkipped(string pipeline, string failedDependency) => _skipped[pipeline] = failedDependency;
}
