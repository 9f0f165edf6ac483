using Playbook.Build;
using Playbook.Diagnostics;
using Playbook.Output;

namespace Playbook.Preview;

/// <summary>
/// The editor's local preview: builds, serves the site on 127.0.0.1, rebuilds when a content or theme file
/// changes, recomputes only what the change affects (<see cref="BuildCache"/>), rewrites in place only the files whose bytes changed, and reloads open pages after a good build. A failed build keeps the last good site on screen
/// and shows its errors in the page and in the terminal.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);
    private readonly BuildOptions _options;
    private readonly TextWriter _log;
    private readonly int _port;
    private readonly BuildCache _cache;
    private StaticFileServer? _server;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Lock _timerLock = new();
    private Timer? _debounce;

    public PreviewSession(BuildOptions options, int port, TextWriter log)
    {
        _options = options;
        _log = log;
        _port = port;
        _cache = new BuildCache(options.OutputDirectory);
    }

    public string Url => _server?.BaseUri.ToString() ?? throw new InvalidOperationException("the preview has not started");

    /// <summary>Raised after each rebuild, with its result; tests wait on it.</summary>
    public event Action<BuildResult>? Rebuilt;

    /// <summary>Builds once, starts serving and watching. Returns the first build's result.</summary>
    public async Task<BuildResult> StartAsync()
    {
        var first = await RebuildAsync().ConfigureAwait(false);
        // A first build that failed wrote nothing: serve an empty folder until a save fixes it.
        Directory.CreateDirectory(_options.OutputDirectory);
        _server = StaticFileServer.Start(_options.OutputDirectory, port: _port, liveReload: true);
        foreach (var folder in new[] { _options.ContentDirectory, _options.ThemeDirectory }.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => Schedule();
            watcher.Created += (_, _) => Schedule();
            watcher.Deleted += (_, _) => Schedule();
            watcher.Renamed += (_, _) => Schedule();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }

        return first;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        lock (_timerLock)
        {
            _debounce?.Dispose();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }
        _building.Dispose();
    }

    /// <summary>Editors save several files at once (and editors save in several steps): wait until it is quiet.</summary>
    private void Schedule()
    {
        lock (_timerLock)
        {
            _debounce?.Dispose();
            _debounce = new Timer(_ => _ = RebuildAsync(), null, Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task<BuildResult> RebuildAsync()
    {
        await _building.WaitAsync().ConfigureAwait(false);
        try
        {
            var result = await SiteBuilder.BuildAsync(_options, _cache, CancellationToken.None).ConfigureAwait(false);
            var report = string.Join('\n', result.Diagnostics.Select(d => d.ToString()));
            if (report.Length > 0)
            {
                await _log.WriteLineAsync(report).ConfigureAwait(false);
            }

            if (result.Succeeded)
            {
                await _log.WriteLineAsync($"Built {result.Pages} pages in {result.Elapsed.TotalSeconds:0.00} s ({result.Changes.Written} files written, {result.Changes.Removed} removed)").ConfigureAwait(false);
                _server?.NotifyBuilt(result.Changes);
            }
            else
            {
                await _log.WriteLineAsync($"Build failed ({result.ErrorCount} errors); still serving the last good site").ConfigureAwait(false);
                _server?.NotifyFailed(result.Diagnostics.Where(d => d.IsError || result.Strict), PreviewLabels.Load(_options.ContentDirectory, _options.ThemeDirectory));
            }

            Rebuilt?.Invoke(result);
            return result;
        }
        finally
        {
            _building.Release();
        }
    }
}
