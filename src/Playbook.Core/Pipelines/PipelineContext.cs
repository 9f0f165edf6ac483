using System.Collections.Concurrent;
using Playbook.Diagnostics;

namespace Playbook.Pipelines;

/// <summary>What every module may see: the finished pipelines' outputs, shared build state and the diagnostics.</summary>
public sealed class PipelineContext
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<Document>> _outputs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, Lazy<object>> _shared = new();

    public PipelineContext(DiagnosticBag diagnostics, CancellationToken cancellationToken = default)
    {
        Diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>How long each module took, for --timings and the benchmarks.</summary>
    public ConcurrentQueue<ModuleTiming> Timings { get; } = new();

    public CancellationToken CancellationToken { get; }

    /// <summary>The documents a finished pipeline produced; only dependencies are guaranteed to have finished.</summary>
    public IReadOnlyList<Document> Outputs(string pipeline) =>
        _outputs.TryGetValue(pipeline, out var docs) ? docs : throw new InvalidOperationException($"Pipeline '{pipeline}' has not run; declare it as a dependency.");

    internal void SetOutputs(string pipeline, IReadOnlyList<Document> documents) => _outputs[pipeline] = documents;

    /// <summary>Build-wide state computed once on first use (the content catalog, the site map), shared by all pipelines.</summary>
    public T Shared<T>(Func<PipelineContext, T> create)
        where T : class =>
        (T)_shared.GetOrAdd(typeof(T), _ => new Lazy<object>(() => create(this))).Value;

    public void Put<T>(T value)
        where T : class =>
        _shared[typeof(T)] = new Lazy<object>(value);

    public T Get<T>()
        where T : class =>
        _shared.TryGetValue(typeof(T), out var lazy) ? (T)lazy.Value : throw new InvalidOperationException($"No shared {typeof(T).Name} has been set.");
}
