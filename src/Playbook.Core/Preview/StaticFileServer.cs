using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Playbook.Preview;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1, the way a static host does: folder URLs serve their
/// index.html (a folder without its trailing slash is redirected), a missing file gets /404.html with status 404,
/// and every response carries the given headers (e.g. the site's Content-Security-Policy). Used by
/// 'playbook serve' and by the browser tests. With live reload, HTML pages get one script tag at serve time
/// (the files on disk stay as built) and open pages are told to reload after each build.
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
        [".mjs"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
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

    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly ConcurrentQueue<string> _missing = new();
    private readonly Task _loop;
    private readonly bool _liveReload;
    private readonly List<HttpListenerResponse> _subscribers = [];
    private readonly Lock _subscribersLock = new();

    private StaticFileServer(HttpListener listener, string root, Uri baseUri, IReadOnlyDictionary<string, string> headers, bool liveReload)
    {
        _listener = listener;
        _root = root;
        _headers = headers;
        _liveReload = liveReload;
        BaseUri = baseUri;
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The server's address, ending in a slash: http://127.0.0.1:PORT/.</summary>
    public Uri BaseUri { get; }

    /// <summary>Paths that were requested but do not exist (answered with the 404 page), in request order.</summary>
    public IReadOnlyList<string> MissingPaths => [.. _missing];

    /// <summary>
    /// Starts serving <paramref name="root"/> on <paramref name="port"/> (0: a free one); <paramref name="headers"/>
    /// are added to every response.
    /// </summary>
    public static StaticFileServer Start(string root, IReadOnlyDictionary<string, string>? headers = null, int port = 0, bool liveReload = false)
    {
        var fullRoot = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!Directory.Exists(fullRoot))
        {
            throw new DirectoryNotFoundException($"nothing to serve: {fullRoot} does not exist");
        }

        // HttpListener needs a port in its prefix: ask the OS for a free one, and try again if another process
        // takes it between the two steps.
        for (var attempt = 1; ; attempt++)
        {
            var listener = new HttpListener();
            var prefix = $"http://127.0.0.1:{(port == 0 ? FreePort() : port)}/";
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return new StaticFileServer(listener, fullRoot, new Uri(prefix), headers ?? Security.SecurityHeaders.AsDictionary(), liveReload);
            }
            catch (HttpListenerException) when (attempt < 10 && port == 0)
            {
                listener.Close();
            }
        }
    }

    /// <summary>The absolute URL of a site path such as /rollen/.</summary>
    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    /// <summary>Tells every open page to reload (live reload only).</summary>
    public void NotifyReload() => Broadcast("reload", "\"\"");

    /// <summary>Shows a failed build's errors on every open page (live reload only).</summary>
    public void NotifyFailed(string report) => Broadcast("failed", System.Text.Json.JsonSerializer.Serialize(report));

    public async ValueTask DisposeAsync()
    {
        lock (_subscribersLock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Abort();
            }

            _subscribers.Clear();
        }

        _listener.Stop();
        _listener.Close();
        await _loop.ConfigureAwait(false);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task AcceptLoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return; // stopped
            }

            _ = Task.Run(() => RespondAsync(context));
        }
    }

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            foreach (var (name, value) in _headers)
            {
                response.Headers[name] = value;
            }

            response.Headers["Cache-Control"] = "no-store";
            var method = context.Request.HttpMethod;
            if (method is not ("GET" or "HEAD"))
            {
                response.StatusCode = 405;
                return;
            }

            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            if (_liveReload && path == EventsPath)
            {
                Subscribe(response);
                return;
            }

            if (_liveReload && path == ReloadScriptPath)
            {
                await WriteAsync(response, method, ".js", Encoding.UTF8.GetBytes(ReloadScript)).ConfigureAwait(false);
                return;
            }

            var file = Resolve(path, out var redirect);
            if (redirect is not null)
            {
                response.StatusCode = 301;
                response.RedirectLocation = redirect + context.Request.Url.Query;
                return;
            }

            if (file is null)
            {
                _missing.Enqueue(path);
                response.StatusCode = 404;
                file = Path.Combine(_root, "404.html");
                if (!File.Exists(file))
                {
                    return;
                }
            }

            var bytes = await File.ReadAllBytesAsync(file).ConfigureAwait(false);
            var extension = Path.GetExtension(file);
            await WriteAsync(response, method, extension, extension == ".html" ? Inject(bytes) : bytes).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response (a navigation or a closed page): nothing to answer.
        }
        finally
        {
            try
            {
                if (!IsSubscriber(response))
                {
                    response.Close();
                }
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                // Already gone.
            }
        }
    }

    private static async Task WriteAsync(HttpListenerResponse response, string method, string extension, byte[] body)
    {
        response.ContentType = ContentTypes.GetValueOrDefault(extension, "application/octet-stream");
        response.ContentLength64 = body.Length;
        if (method == "GET")
        {
            await response.OutputStream.WriteAsync(body).ConfigureAwait(false);
        }
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

    private bool IsSubscriber(HttpListenerResponse response)
    {
        lock (_subscribersLock)
        {
            return _subscribers.Contains(response);
        }
    }

    private void Subscribe(HttpListenerResponse response)
    {
        response.StatusCode = 200;
        response.ContentType = "text/event-stream";
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

    /// <summary>The file for a URL path, or null; a folder asked for without its trailing slash gets a redirect.</summary>
    private string? Resolve(string path, out string? redirect)
    {
        redirect = null;
        var full = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null; // outside the site (../)
        }

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                redirect = path + "/";
                return null;
            }

            full = Path.Combine(full, "index.html");
        }

        return File.Exists(full) ? full : null;
    }
}
