using System.Globalization;

namespace Playbook.Cli.Reporting;

/// <summary>
/// A one-line "Building… 2.3 s" that redraws itself on stderr while a long build runs, drawn only after a delay (a quick
/// build shows nothing) and wiped when the work ends, so the terminal keeps only the real messages.
/// </summary>
internal sealed class ProgressDisplay : IAsyncDisposable
{
    /// <summary>Builds that finish within this time show no progress at all.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(1);

    private static readonly string[] Frames = ["|", "/", "-", "\\"];

    private readonly TextWriter _writer;
    private readonly string _label;
    private readonly CancellationTokenSource _stop = new();
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly Task _loop;
    private int _width;

    private ProgressDisplay(TextWriter writer, string label, TimeSpan delay, TimeSpan interval, bool enabled, TimeProvider clock)
    {
        _writer = writer;
        _label = label;
        _clock = clock;
        _started = clock.GetTimestamp();
        _loop = enabled ? DrawUntilStoppedAsync(delay, interval) : Task.CompletedTask;
    }

    public static ProgressDisplay Start(TextWriter writer, bool enabled, string label) =>
        Start(writer, enabled, label, DefaultDelay, TimeSpan.FromMilliseconds(100), TimeProvider.System);

    /// <summary>Starts the display on a given clock, so a test drives the delay and the redraws without waiting.</summary>
    public static ProgressDisplay Start(TextWriter writer, bool enabled, string label, TimeSpan delay, TimeSpan interval, TimeProvider clock) =>
        new(writer, label, delay, interval, enabled, clock);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        if (_width > 0)
        {
            await _writer.WriteAsync("\r" + new string(' ', _width) + "\r").ConfigureAwait(false);
            await _writer.FlushAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
    }

    private async Task DrawUntilStoppedAsync(TimeSpan delay, TimeSpan interval)
    {
        try
        {
            await Task.Delay(delay, _clock, _stop.Token).ConfigureAwait(false);

            // A periodic timer started before the first frame keeps a tick that falls while a frame is being drawn.
            using var timer = new PeriodicTimer(interval, _clock);
            var frame = 0;
            do
            {
                var seconds = _clock.GetElapsedTime(_started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
                var line = $"{Frames[frame++ % Frames.Length]} {_label}… {seconds} s";
                await _writer.WriteAsync("\r" + line.PadRight(_width)).ConfigureAwait(false);
                await _writer.FlushAsync().ConfigureAwait(false);
                _width = Math.Max(_width, line.Length);
            }
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException)
        {
            // The work ended; DisposeAsync wipes the line.
        }
    }
}
