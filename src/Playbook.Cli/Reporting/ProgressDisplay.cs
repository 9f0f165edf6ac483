using System.Diagnostics;
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
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly Task _loop;
    private int _width;

    private ProgressDisplay(TextWriter writer, string label, TimeSpan delay, TimeSpan interval, bool enabled)
    {
        _writer = writer;
        _label = label;
        _loop = enabled ? DrawUntilStoppedAsync(delay, interval) : Task.CompletedTask;
    }

    public static ProgressDisplay Start(TextWriter writer, bool enabled, string label) =>
        Start(writer, enabled, label, DefaultDelay, TimeSpan.FromMilliseconds(100));

    public static ProgressDisplay Start(TextWriter writer, bool enabled, string label, TimeSpan delay, TimeSpan interval) =>
        new(writer, label, delay, interval, enabled);

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
            await Task.Delay(delay, _stop.Token).ConfigureAwait(false);
            for (var frame = 0; !_stop.IsCancellationRequested; frame++)
            {
                var seconds = Stopwatch.GetElapsedTime(_started).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
                var line = $"{Frames[frame % Frames.Length]} {_label}… {seconds} s";
                await _writer.WriteAsync("\r" + line.PadRight(_width)).ConfigureAwait(false);
                await _writer.FlushAsync().ConfigureAwait(false);
                _width = Math.Max(_width, line.Length);
                await Task.Delay(interval, _stop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The work ended; DisposeAsync wipes the line.
        }
    }
}
