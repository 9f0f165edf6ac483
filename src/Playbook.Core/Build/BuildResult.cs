using Playbook.Diagnostics;

namespace Playbook.Build;

/// <summary>What a build did: its diagnostics, what it produced and how long it took.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, int Files, TimeSpan Elapsed, bool Strict)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    public bool Succeeded => ErrorCount == 0 && (!Strict || WarningCount == 0);
}
