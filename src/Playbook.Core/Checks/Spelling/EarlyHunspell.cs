namespace Playbook.Checks.Spelling;

/// <summary>A Hunspell started as a full build starts, taken by <see cref="CheckSpelling"/>; one never taken is stopped when the build ends.</summary>
public sealed class EarlyHunspell(Hunspell.HunspellRun? run) : IDisposable
{
    private Hunspell.HunspellRun? _run = run;

    /// <summary>The started Hunspell, once: the caller owns (and disposes) it; null when none was started or it was taken.</summary>
    public Hunspell.HunspellRun? Take() => Interlocked.Exchange(ref _run, null);

    public void Dispose() => Take()?.Dispose();
}
