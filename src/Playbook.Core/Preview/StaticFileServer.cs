using System.Net;
using System.Text;

namespace Playbook.Preview;

/// <summary>
/// Serves a built site on the loopback address, as a static host would: folder URLs serve index.html,
/// unknown paths get 404.html with status 404. With live reload, HTML pages get one extra script tag
/// (at serve time only; the files on disk stay as built) and browsers are told to reload after each build.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private const string EventsPath = "/__playbook/events";
    private const string ReloadScriptPath = "/__playbook/reload.js";
    private const string ReloadScript = """
        // Playbook preview: reload when a build succeeds, show the errors when one fails.
        (function () {
          var source = new EventSource('/__playbook/events');
          source.addEventListener('reload', function () { location.reload(); });
          source.addEventListener('failed', function (event) {
            var banner = document.getElementById('playbook-preview-errors') || document.createElement('pre');
            banner.id = 'playbook-preview-errors';
            banner.setAttribute('role', 'alert');
            banner.className = 'pb-preview-errors';
            banner.textContent = JSON.parse(event.data);
            document.body.prepend(banner);
          });
        })();
        """;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".svg"] = "image/svg+xml",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".ico"] = "image/x-icon",
        [".woff2"] = "font/woff2",
        [".pdf"] = "application/pdf",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    private readonly string _root;
    private readonly bool _liveReload;
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<HttpListenerResponse> _subscribers = [];
    private readonly Lock _subscribersLock = new();
    private Task? _loop;

    public StaticFileServer(string root, int port, bool liveReload)
    {
        _root = Path.GetFullPath(root);
        _liveReload = liveReload;
        Port = port == 0 ? FreePort() : port;
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public void Start()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>Tells every open page to reload.</summary>
    public void NotifyReload() => Broadcast("reload", "\"\"");

    /// <summary>Shows the build's errors on every open page.</summary>
    public void NotifyFailed(string report) => Broadcast("failed", System.Text.Json.JsonSerializer.Serialize(report));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Close();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        lock (_subscribersLock)
        {
            _subscribers.Clear();
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/");
            if (_liveReload && path == EventsPath)
            {
                Subscribe(response);
                return;
            }

            if (_liveReload && path == ReloadScriptPath)
            {
                Write(response, 200, ".js", Encoding.UTF8.GetBytes(ReloadScript));
                return;
            }

            var file = Resolve(path);
            if (file is null)
            {
                var notFound = Path.Combine(_root, "404.html");
                Write(response, 404, ".html", File.Exists(notFound) ? Inject(File.ReadAllBytes(notFound)) : Encoding.UTF8.GetBytes("404"));
                return;
            }

            var bytes = File.ReadAllBytes(file);
            var extension = Path.GetExtension(file);
            Write(response, 200, extension, extension == ".html" ? Inject(bytes) : bytes);
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            // A page that vanished mid-rebuild or a closed browser tab: nothing to report.
            response.Abort();
        }
    }

    /// <summary>The file for a URL path, or null; never a file outside the root.</summary>
    private string? Resolve(string path)
    {
        var relative = path.TrimStart('/');
        var candidate = Path.GetFullPath(Path.Combine(_root, relative));
        if (!candidate.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }

        if (Directory.Exists(candidate))
        {
            candidate = Path.Combine(candidate, "index.html");
        }

        return File.Exists(candidate) ? candidate : null;
    }

    private byte[] Inject(byte[] html)
    {
        if (!_liveReload)
        {
            return html;
        }

        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{ReloadScriptPath}\"></script>";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return Encoding.UTF8.GetBytes(end < 0 ? text + tag : text.Insert(end, tag));
    }

    private static void Write(HttpListenerResponse response, int status, string extension, byte[] body)
    {
        response.StatusCode = status;
        response.ContentType = ContentTypes.GetValueOrDefault(extension, "application/octet-stream");
        response.Headers["Cache-Control"] = "no-store";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }

    private void Subscribe(HttpListenerResponse response)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream";
        response.Headers["Cache-Control"] = "no-store";
        response.SendChunked = true;
        response.OutputStream.Write(Encoding.UTF8.GetBytes(": connected\n\n"));
        response.OutputStream.Flush();
        lock (_subscribersLock)
        {
            _subscribers.Add(response);
        }
    }

    private void Broadcast(string eventName, string data)
    {
        var message = Encoding.UTF8.GetBytes($"event: {eventName}\ndata: {data}\n\n");
        lock (_subscribersLock)
        {
            foreach (var subscriber in _subscribers.ToList())
            {
                try
                {
                    subscriber.OutputStream.Write(message);
                    subscriber.OutputStream.Flush();
                }
                catch (Exception ex) when (ex is IOException or HttpListenerException or ObjectDisposedException)
                {
                    _subscribers.Remove(subscriber);
                }
            }
        }
    }
}
