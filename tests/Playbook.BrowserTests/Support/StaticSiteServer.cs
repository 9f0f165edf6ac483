using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Playbook.BrowserTests.Support;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 at a free port, the way a static host does: folder URLs
/// serve their index.html (a folder without its trailing slash is redirected), a missing file gets /404.html
/// with status 404, and every response carries the given headers (e.g. the site's Content-Security-Policy).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
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

    private StaticSiteServer(HttpListener listener, string root, Uri baseUri, IReadOnlyDictionary<string, string> headers)
    {
        _listener = listener;
        _root = root;
        _headers = headers;
        BaseUri = baseUri;
        _loop = Task.Run(AcceptLoopAsync);
    }

    /// <summary>The server's address, ending in a slash: http://127.0.0.1:PORT/.</summary>
    public Uri BaseUri { get; }

    /// <summary>Paths that were requested but do not exist (answered with the 404 page), in request order.</summary>
    public IReadOnlyList<string> MissingPaths => [.. _missing];

    /// <summary>Starts serving <paramref name="root"/>; <paramref name="headers"/> are added to every response.</summary>
    public static StaticSiteServer Start(string root, IReadOnlyDictionary<string, string>? headers = null)
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
            var port = FreePort();
            var listener = new HttpListener();
            var prefix = $"http://127.0.0.1:{port}/";
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return new StaticSiteServer(listener, fullRoot, new Uri(prefix), headers ?? new Dictionary<string, string>());
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    /// <summary>The absolute URL of a site path such as /rollen/.</summary>
    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    public async ValueTask DisposeAsync()
    {
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
            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.ContentLength64 = bytes.Length;
            if (method == "GET")
            {
                await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The browser went away mid-response (a navigation or a closed page): nothing to answer.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                // Already gone.
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
