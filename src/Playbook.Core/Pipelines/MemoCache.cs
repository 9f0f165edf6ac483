using System.Collections.Concurrent;
using Playbook.Diagnostics;

namespace Playbook.Pipelines;

/// <summary>
/// Results that modules remember between runs of the same pipelines (the preview keeps one between saves): per module
/// and document, the fingerprint of what the result depended on, the result, and the diagnostics reported while
/// making it, which a reuse reports again. A run without a cache computes everything.
/// </summary>
public sealed class MemoCache : IDisposable
{
    private readonly ConcurrentDictionary<(string Module, string Source), Entry> _entries = new();
    private readonly ConcurrentDictionary<string, Counter> _counts = new(StringComparer.Ordinal);
    private int _run;

    /// <summary>Per module, how many results the last run computed and how many it reused, by module name.</summary>
    public IReadOnlyList<ModuleReuse> Reuse =>
        _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new ModuleReuse(c.Key, c.Value.Computed, c.Value.Reused)).ToList();

    /// <summary>Starts a run: counts start at zero.</summary>
    public void BeginRun()
    {
        Interlocked.Increment(ref _run);
        _counts.Clear();
    }

    /// <summary>Forgets what this run did not ask for (a deleted page, a renamed one), so the cache does not grow with every edit.</summary>
    public void EndRun()
    {
        foreach (var pair in _entries.Where(e => e.Value.Run != _run).ToList())
        {
            if (_entries.TryRemove(pair))
            {
                (pair.Value.Result as IDisposable)?.Dispose();
            }
        }
    }

    /// <summary>Ends what remembered values hold open (the preview's running Hunspell).</summary>
    public void Dispose()
    {
        foreach (var entry in _entries.Values)
        {
            (entry.Result as IDisposable)?.Dispose();
        }

        _entries.Clear();
    }

    /// <summary>
    /// The remembered outputs when <paramref name="key"/> (and, for a result that needed it, <paramref name="extraKey"/>
    /// of those outputs) is what it was; else runs <paramref name="run"/> and remembers its outputs and diagnostics.
    /// </summary>
    internal IReadOnlyList<Document> GetOrRun(
        string module,
        string source,
        Document? input,
        Fingerprint key,
        Func<IReadOnlyList<Document>, Fingerprint?>? extraKey,
        PipelineContext context,
        Func<PipelineContext, IReadOnlyList<Document>> run,
        Fingerprint? stamp = null)
    {
        var counter = _counts.GetOrAdd(module, _ => new Counter());
        if (_entries.TryGetValue((module, source), out var entry) && entry.Key == key)
        {
            var outputs = entry.Outputs(input);
            if (entry.ExtraKey is null || extraKey?.Invoke(outputs) == entry.ExtraKey)
            {
                Reused(entry, counter, context);
                entry.Last = input is null || stamp is null ? null : new LastRun(input, stamp.Value, outputs);
                return outputs;
            }
        }

        var own = new DiagnosticBag();
        IReadOnlyList<Document> computed;
        try
        {
            computed = run(context.WithDiagnostics(own));
        }
        finally
        {
            foreach (var diagnostic in own.ToSortedList())
            {
                context.Diagnostics.Add(diagnostic);
            }
        }

        _entries[(module, source)] = new Entry(key, extraKey?.Invoke(computed), Remember(input, computed), own.ToSortedList())
        {
            Run = _run,
            Last = input is null || stamp is null ? null : new LastRun(input, stamp.Value, computed),
        };
        Interlocked.Increment(ref counter.Computed);
        return computed;
    }

    /// <summary>
    /// The very outputs of the last run when <paramref name="input"/> is the same document (documents are immutable,
    /// so everything its key reads of it is the same) and <paramref name="stamp"/>, what the module reads of the
    /// whole site, is too, and so is <paramref name="extraKey"/> of those outputs when the result had one: an unchanged page costs a lookup, not a fingerprint, and its outputs stay the same
    /// documents, so the next module finds the same input again. Null when the result must be looked up by key.
    /// </summary>
    internal IReadOnlyList<Document>? Same(string module, Document input, Fingerprint stamp, Func<IReadOnlyList<Document>, Fingerprint?> extraKey, PipelineContext context)
    {
        if (!_entries.TryGetValue((module, input.Source), out var entry) || entry.Last is not { } last || !ReferenceEquals(last.Input, input) || last.Stamp != stamp
            || (entry.ExtraKey is { } extra && extraKey(last.Outputs) != extra))
        {
            return null;
        }

        Reused(entry, _counts.GetOrAdd(module, _ => new Counter()), context);
        return last.Outputs;
    }

    private void Reused(Entry entry, Counter counter, PipelineContext context)
    {
        entry.Run = _run;
        foreach (var diagnostic in entry.Diagnostics)
        {
            context.Diagnostics.Add(diagnostic);
        }

        Interlocked.Increment(ref counter.Reused);
    }

    /// <summary>
    /// A value a module keeps per item between runs (a page's link findings, its words), not documents: the remembered
    /// one when <paramref name="key"/> is what it was, else <paramref name="compute"/>'s. Counted like results.
    /// </summary>
    public T GetOrCompute<T>(string module, string item, Fingerprint key, Func<T> compute)
        where T : class
    {
        var counter = _counts.GetOrAdd(module, _ => new Counter());
        if (_entries.TryGetValue((module, item), out var entry) && entry.Key == key && entry.Result is T known)
        {
            entry.Run = _run;
            Interlocked.Increment(ref counter.Reused);
            return known;
        }

        var value = compute();
        if (entry?.Result is IDisposable replaced)
        {
            replaced.Dispose();
        }

        _entries[(module, item)] = new Entry(key, null, value, []) { Run = _run };
        Interlocked.Increment(ref counter.Computed);
        return value;
    }

    /// <summary>Outputs that are changed copies of the input are kept as their changes, to be replayed on the next input.</summary>
    private static object Remember(Document? input, IReadOnlyList<Document> outputs)
    {
        if (input is not null && outputs.Count == 1 && outputs[0].ChangeFrom(input) is { } change)
        {
            return change;
        }

        return outputs;
    }

    private sealed class Counter
    {
        public int Computed;
        public int Reused;
    }

    /// <summary>The input a result was last given, the stamp it was given under, and the outputs it gave: swapped as one.</summary>
    private sealed record LastRun(Document Input, Fingerprint Stamp, IReadOnlyList<Document> Outputs);

    private sealed record Entry(Fingerprint Key, Fingerprint? ExtraKey, object Result, IReadOnlyList<Diagnostic> Diagnostics)
    {
        public volatile int Run;

        public volatile LastRun? Last;

        public IReadOnlyList<Document> Outputs(Document? input) =>
            Result is Document.DocumentChange change && input is not null ? [change.Apply(input)] : (IReadOnlyList<Document>)Result;
    }
}

/// <summary>How many results one module computed and how many it reused from the cache in one run.</summary>
public sealed record ModuleReuse(string Module, int Computed, int Reused);
