using Playbook.Build;
using Playbook.Diagnostics;
using Playbook.Output;

namespace Playbook.Preview;

/// <summary>
/// The editor's local preview: builds, serves the site on 127.0.0.1, rebuilds when a content or theme file
/// changes, recomputes only what the change affects (<see cref="BuildCache"/>), rewrites in place only the files whose
/// bytes changed, and reloads open pages after a good build. The search index and the checks run after the reload
/// (<see cref="PreviewBuild.AfterReload"/>); their problems follow as a second event, and a newer save cancels them.
/// A failed build keeps the last good site on screen and shows its errors in the page and in the terminal.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    /// <summary>
    /// How long the watchers must be quiet before a build starts. Each event restarts the wait, so a burst (an
    /// editor writing a temporary file and renaming it, or saving all open files) still becomes one build.
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(30);
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly int _port;
    private readonly BuildCache _cache;
    private StaticFileServer? _server;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _timerLock = new();
    private readonly QuietPeriod _debounce;
    private bool _disposed;
    private readonly WatchedChanges _changes = new();
    private CancellationTokenSource? _afterReloadStop;
    private Task<BuildResult?> _afterReload = Task.FromResult<BuildResult?>(null);

    public PreviewSession(BuildOptions options, int port, TextWriter log)
        : this(options, port, log, TimeProvider.System)
    {
    }

    /// <summary>A session whose quiet period runs on <paramref name="time"/> (tests advance a fake clock).</summary>
    internal PreviewSession(BuildOptions options, int port, TextWriter log, TimeProvider time)
    {
        _options = options;
        _log = log;
        _port = port;
        _cache = new BuildCache(options.OutputDirectory);
        _debounce = new QuietPeriod(Quiet, time, () => _ = RebuildAsync());
    }

    public string Url => _server?.BaseUri.ToString() ?? throw new InvalidOperationException("the preview has not started");

    /// <summary>Raised after each rebuild's first stage (pages written, reload sent), with its result; tests wait on it.</summary>
    public event Action<BuildResult>? Rebuilt;

    /// <summary>Raised when a rebuild's search index and checks are done (not when a newer save cancelled them), with their result.</summary>
    public event Action<BuildResult>? Checked;

    /// <summary>Builds once (both stages, so the first page served is complete), starts serving and watching. Returns the first build's result.</summary>
    public async Task<BuildResult> StartAsync()
    {
        var first = await RebuildAsync().ConfigureAwait(false);
        var checks = await _afterReload.ConfigureAwait(false);
        // A first build that failed wrote nothing: serve an empty folder until a save fixes it.
        Directory.CreateDirectory(_options.OutputDirectory);
        _server = StaticFileServer.Start(_options.OutputDirectory, port: _port, liveReload: true);
        if (checks is not null)
        {
            Notify(checks);
        }

        foreach (var (folder, theme) in new[] { (_options.ContentDirectory, false), (_options.ThemeDirectory, true) }.Where(f => Directory.Exists(f.Item1)))
        {
            var root = Path.GetFullPath(folder);
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, e) => Schedule(root, theme, e.FullPath);
            watcher.Created += (_, e) => Schedule(root, theme, e.FullPath);
            watcher.Deleted += (_, e) => Schedule(root, theme, e.FullPath);
            watcher.Renamed += (_, e) => Schedule(root, theme, e.OldFullPath, e.FullPath);
            // Too many events at once (a branch switch): the list is incomplete, so the next build looks at everything.
            watcher.Error += (_, _) => Schedule(root, theme);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        return checks is null ? first : first.With(checks);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        lock (_timerLock)
        {
            // A watcher's event still in flight must not start a build on a closed session.
            _disposed = true;
            _debounce.Dispose();
        }

        await StopAfterReloadAsync().ConfigureAwait(false);
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _building.Dispose();
        _cache.Dispose();
    }

    /// <summary>Editors save several files at once (and editors save in several steps): note what changed, wait until it is quiet.</summary>
    private void Schedule(string root, bool theme, params string[] paths)
    {
        lock (_timerLock)
        {
            if (_disposed)
            {
                return;
            }

            _changes.Add(root, theme, paths);
            _debounce.Restart();
        }
    }

    /// <summary>Whether the watchers reported <paramref name="contentPath"/> (relative to content/) for the next build, which has not started.</summary>
    internal bool Awaits(string contentPath)
    {
        lock (_timerLock)
        {
            return _changes.Holds(contentPath);
        }
    }

    private async Task<BuildResult> RebuildAsync()
    {
        await _building.WaitAsync().ConfigureAwait(false);
        try
        {
            // The last save's index and checks are out of date now: stop them, and let them leave the cache consistent.
            await StopAfterReloadAsync().ConfigureAwait(false);
            ChangeSet changes;
            lock (_timerLock)
            {
                // What changed from here on is the next build's to look at.
                changes = _changes.Take();
            }

            var build = await SiteBuilder.BuildForPreviewAsync(_options, _cache, changes, CancellationToken.None).ConfigureAwait(false);
            var result = build.Result;
            // Open pages hear of the new site first; the terminal's lines (console I/O) follow.
            if (result.Succeeded)
            {
                _server?.NotifyBuilt(result.Changes);
            }
            else
            {
                _server?.NotifyFailed(Problems(result), PreviewLabels.Load(_options.ContentDirectory, _options.ThemeDirectory));
            }

            await ReportAsync(result).ConfigureAwait(false);
            await _log.WriteLineAsync(result.Succeeded
                ? $"Built {result.Pages} pages in {result.Elapsed.TotalSeconds:0.00} s ({result.Changes.Written} files written, {result.Changes.Removed} removed)"
                : $"Build failed ({result.ErrorCount} errors); still serving the last good site").ConfigureAwait(false);

            Rebuilt?.Invoke(result);
            if (build.AfterReload is { } afterReload)
            {
                var stop = new CancellationTokenSource();
                _afterReloadStop = stop;
                _afterReload = Task.Run(() => AfterReloadAsync(afterReload, stop.Token));
            }

            return result;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>The search index and the checks of the build whose pages were just reloaded; null when a newer save cancelled them.</summary>
    private async Task<BuildResult?> AfterReloadAsync(Func<CancellationToken, Task<BuildResult>> afterReload, CancellationToken cancellationToken)
    {
        BuildResult result;
        try
        {
            result = await afterReload(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return null;
        }
        catch (Exception ex)
        {
            // A bug here must not stop the preview: the pages are served; say what went wrong, without a stack trace.
            await _log.WriteLineAsync($"The checks after the reload stopped: {ex.GetType().Name}: {ex.Message} (this is a bug in Playbook; please report it)").ConfigureAwait(false);
            return null;
        }

        await ReportAsync(result).ConfigureAwait(false);
        await _log.WriteLineAsync(result.Succeeded
            ? $"Checked and indexed in {result.Elapsed.TotalSeconds:0.00} s"
            : $"The checks found {result.ErrorCount} errors; the pages show the new version").ConfigureAwait(false);
        Notify(result);
        Checked?.Invoke(result);
        return result;
    }

    /// <summary>Tells open pages what the checks found: an overlay of problems, or that the last one is out of date.</summary>
    private void Notify(BuildResult checks)
    {
        if (checks.Succeeded)
        {
            _server?.NotifyChecked();
        }
        else
        {
            _server?.NotifyChecksFailed(Problems(checks), PreviewLabels.Load(_options.ContentDirectory, _options.ThemeDirectory, afterReload: true));
        }
    }

    private async Task StopAfterReloadAsync()
    {
        if (_afterReloadStop is { } stop)
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await _afterReload.ConfigureAwait(false);
            stop.Dispose();
            _afterReloadStop = null;
        }
    }

    private async Task ReportAsync(BuildResult result)
    {
        var report = string.Join('\n', result.Diagnostics.Select(d => d.ToString()));
        if (report.Length > 0)
        {
            await _log.WriteLineAsync(report).ConfigureAwait(false);
        }
    }

    private static IEnumerable<Diagnostic> Problems(BuildResult result) => result.Diagnostics.Where(d => d.IsError || result.Strict);
}
