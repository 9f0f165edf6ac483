namespace Playbook.Theming.CatalogReads;

/// <summary>
/// The catalog values one page's render read, collected while its templates run (<see cref="Record"/>): what its
/// layout shows of roles, matrices and examples, so the preview lays it out again only when one of those changes.
/// </summary>
public sealed class CatalogReadLog
{
    // Async-local, not per thread: a template may continue on another thread after an awaited include.
    private static readonly AsyncLocal<CatalogReadLog?> Current = new();

    private readonly HashSet<CatalogRead> _reads = [];
    private readonly Lock _lock = new();

    /// <summary>Collects every catalog read of the renders until the scope is disposed; its <see cref="Scope.Reads"/> lists them.</summary>
    public static Scope Record()
    {
        var scope = new Scope(Current.Value, new CatalogReadLog());
        Current.Value = scope.Log;
        return scope;
    }

    /// <summary>Notes a read in the page being rendered, if one is being recorded (a render outside a page's scope notes nothing).</summary>
    internal static void Note(CatalogRead read)
    {
        if (Current.Value is { } log)
        {
            lock (log._lock)
            {
                log._reads.Add(read);
            }
        }
    }

    /// <summary>The reads in a stable order (ordinal), so the same render gives the same list.</summary>
    private CatalogRead[] ToSortedList()
    {
        lock (_lock)
        {
            if (_reads.Count == 0)
            {
                return [];
            }

            var reads = _reads.ToArray();
            Array.Sort(reads, CatalogRead.Compare);
            return reads;
        }
    }

    /// <summary>One page's recording: restores the log of an enclosing scope when the page's render ends.</summary>
    public readonly struct Scope : IDisposable
    {
        private readonly CatalogReadLog? _outer;

        internal Scope(CatalogReadLog? outer, CatalogReadLog log)
        {
            _outer = outer;
            Log = log;
        }

        /// <summary>The log being recorded; null for a default scope, which records nothing.</summary>
        internal CatalogReadLog? Log { get; }

        /// <summary>What the renders in the scope read, in a stable order; empty when nothing was recorded.</summary>
        public IReadOnlyList<CatalogRead> Reads => Log?.ToSortedList() ?? [];

        public void Dispose()
        {
            if (Log is not null)
            {
                Current.Value = _outer;
            }
        }
    }
}
