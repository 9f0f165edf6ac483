using Playbook.Output;
using Playbook.Pipelines;

namespace Playbook.Build;

/// <summary>
/// What the preview keeps between saves: the output folder it updates in place and the results modules remember
/// (parsed pages, rendered bodies, laid-out pages, downloads), so a save recomputes only what the change affects.
/// A full build has none, and its output does not depend on one (<c>IncrementalOutputTests</c> compares the two).
/// </summary>
public sealed class BuildCache : IDisposable
{
    public BuildCache(string outputDirectory)
    {
        Output = new OutputPhase(outputDirectory);
    }

    /// <summary>Writes into the served folder in place, only the files whose bytes changed.</summary>
    public OutputPhase Output { get; }

    /// <summary>The modules' remembered results, keyed by fingerprints of what each one read.</summary>
    public MemoCache Memo { get; } = new();

    /// <summary>The walk of content/, file versions and configuration fingerprint, kept until the watcher reports a change to them.</summary>
    public KnownSources Sources { get; } = new();

    /// <summary>The files the last follow-up stage wrote (the search index): the first stage keeps them until the next follow-up replaces them.</summary>
    internal IReadOnlyList<OutputFile> AfterReloadFiles { get; set; } = [];

    public void Dispose() => Memo.Dispose();
}
