using Playbook.Content;
using Playbook.Diagnostics;

namespace Playbook.Build;

/// <summary>What a build did: its diagnostics, what it produced and how long it took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, TimeSpan Elapsed, bool Strict)
{
    /// <summary>The typed model the build read; null when the build stopped before reading content.</summary>
    public ContentCatalog? Catalog { get; init; }

    /// <summary>Per-module timings in the order modules finished.</summary>
    public IReadOnlyList<Pipelines.ModuleTiming> Timings { get; init; } = [];

    /// <summary>Per memoised module, how many results this build computed and how many it reused (empty for a full build).</summary>
    public IReadOnlyList<Pipelines.ModuleReuse> Reuse { get; init; } = [];

    /// <summary>How many documents <paramref name="module"/> computed (not reused) in this build; all of them in a full build.</summary>
    public int Computed(string module) => Reuse.FirstOrDefault(r => r.Module == module)?.Computed ?? 0;

    /// <summary>What the output phase changed in the output folder (nothing when nothing was written).</summary>
    public Output.OutputChanges Changes { get; init; } = Output.OutputChanges.None;

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>The command line asked for something unsafe (an output folder over the sources): exit code 2, not 1.</summary>
    public bool IsUsageError => Diagnostics.Any(d => DiagnosticCodes.UsageErrors.Contains(d.Code));

    public bool Succeeded => ErrorCount == 0 && (!Strict || WarningCount == 0);

    /// <summary>This first stage of a preview build joined with its follow-up: all diagnostics, both stages' writes and time.</summary>
    public BuildResult With(BuildResult afterReload)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var diagnostic in Diagnostics.Concat(afterReload.Diagnostics))
        {
            diagnostics.Add(diagnostic);
        }

        return this with
        {
            Diagnostics = diagnostics.ToSortedList(),
            Elapsed = Elapsed + afterReload.Elapsed,
            Timings = afterReload.Timings,
            Reuse = afterReload.Reuse,
            Changes = new Output.OutputChanges(Changes.Written + afterReload.Changes.Written, Math.Max(0, afterReload.Changes.Unchanged - Changes.Written), Changes.Removed + afterReload.Changes.Removed),
        };
    }
}
