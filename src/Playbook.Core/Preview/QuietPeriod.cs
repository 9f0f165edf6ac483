namespace Playbook.Preview;

/// <summary>
/// Runs an action once events stopped for a while (a trailing-edge debounce): every event restarts the wait, so an
/// editor's save of several files, or of one file in several steps, becomes one build however long the burst lasts.
/// </summary>
internal sealed class QuietPeriod : IDisposable
{
    private readonly ITimer _timer;
    private readonly TimeSpan _quiet;

    public QuietPeriod(TimeSpan quiet, TimeProvider time, Action elapsed)
    {
        _quiet = quiet;
        _timer = time.CreateTimer(_ => elapsed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>An event: the action runs <c>quiet</c> after the last one (the caller serialises calls).</summary>
    public void Restart() => _timer.Change(_quiet, Timeout.InfiniteTimeSpan);

    public void Dispose() => _timer.Dispose();
}
