using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.FileProviders.Physical;
using Microsoft.Extensions.Hosting;
using Playbook.Diagnostics;
using Playbook.Output;

namespace Playbook.Preview;

/// <summary>
/// Serves a built site from a folder on 127.0.0.1 with Kestrel, the way a static host does: folder URLs serve their
/// index.html (a folder without its trailing slash is redirected), a missing file gets /404.html with status 404,
/// files get ETags and range requests, and every response carries the given headers (by default
/// <see cref="Security.SecurityHeaders"/>). Used by 'playbook serve' and by the browser tests. With live reload,
/// HTML pages get one same-origin script tag at serve time (the files on disk stay as built), so the site's
/// Content-Security-Policy needs no relaxation; open pages hear of each build over server-sent events.
/// </summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private const string Reserved = "/__playbook/";
    private const string EventsPath = Reserved + "events";
    private const string ScriptPath = Reserved + "preview.js";
    private const string StylePath = Reserved + "preview.css";
    private static readonly string ScriptTag = $"<script src=\"{ScriptPath}\"></script>";

    private readonly WebApplication _app;
    private readonly string _root;
    private readonly LiveReloadHub? _hub;
    private readonly IReadOnlyDictionary<string, string> _headers;
    private readonly ConcurrentQueue<string> _missing = new();
    private readonly CancellationTokenSource _stopping = new();

    private StaticFileServer(string root, IReadOnlyDictionary<string, string> headers, bool liveReload, int port)
    {
        _root = root;
        _headers = headers;
        _hub = liveReload ? new LiveReloadHub() : null;

        // The empty builder: no configuration files, environment variables or logging, so nothing outside this
        // call changes what the preview does, and it starts fast.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = root });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(IPAddress.Loopback, port);
        });

        // Ctrl+C belongs to the command line ('serve' stops by disposing this server), not to the host.
        builder.Services.AddSingleton<IHostLifetime, CallerOwnedLifetime>();
        _app = builder.Build();
        _app.Use(next => context => AddHeadersAsync(context, next));
        if (_hub is not null)
        {
            _app.Use(next => context => ServePreviewFilesAsync(context, next));
        }

        _app.Use(next => context => ServeFoldersAndPagesAsync(context, next));
        _app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root, ExclusionFilters.None),
            ContentTypeProvider = ContentTypes,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
        });
        _app.Run(NotFoundAsync);
    }

    /// <summary>The server's address, ending in a slash: http://127.0.0.1:PORT/.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Paths that were requested but do not exist (answered with the 404 page), in request order.</summary>
    public IReadOnlyList<string> MissingPaths => [.. _missing];

    private static FileExtensionContentTypeProvider ContentTypes { get; } = CreateContentTypes();

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

        var server = new StaticFileServer(fullRoot, headers ?? Security.SecurityHeaders.AsDictionary(), liveReload, port);
        // Callers (tests, 'serve') are synchronous at this point; Kestrel binds within milliseconds.
        server._app.StartAsync().GetAwaiter().GetResult();
        server.BaseUri = new Uri(server._app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The absolute URL of a site path such as /rollen/.</summary>
    public Uri Url(string path) => new(BaseUri, path.TrimStart('/'));

    /// <summary>Tells every open page that a build succeeded and what it changed; pages reload when anything did (live reload only).</summary>
    public void NotifyBuilt(OutputChanges changes) =>
        _hub?.Publish("reload", System.Text.Json.JsonSerializer.Serialize(new PreviewBuilt(changes.Written, changes.Removed), PreviewJson.Default.PreviewBuilt), failure: false);

    /// <summary>Shows a failed build's problems in an overlay on every open page, and on every page opened until a good build (live reload only).</summary>
    public void NotifyFailed(IEnumerable<Diagnostic> problems, PreviewLabels labels) =>
        _hub?.Publish("failed", PreviewFailure.Of(problems, labels).ToJson(), failure: true);

    /// <summary>Shows the problems the checks after a reload found (the pages are new); kept for pages opened until the next checks.</summary>
    public void NotifyChecksFailed(IEnumerable<Diagnostic> problems, PreviewLabels labels) =>
        _hub?.PublishChecks("failed", PreviewFailure.Of(problems, labels, afterReload: true).ToJson(), failure: true);

    /// <summary>The checks after a reload found nothing: pages close an overlay of earlier checks' problems.</summary>
    public void NotifyChecked() =>
        _hub?.PublishChecks("checked", "{}", failure: false);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        _hub?.Close();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(patience.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        // Text is UTF-8 everywhere in the site; saying so spares browsers a guess.
        foreach (var extension in new[] { ".html", ".css", ".js", ".mjs", ".json", ".xml", ".txt", ".svg", ".webmanifest" })
        {
            types.Mappings[extension] = (extension switch
            {
                ".js" or ".mjs" => "text/javascript",
                ".svg" => "image/svg+xml",
                ".webmanifest" => "application/manifest+json",
                _ => types.Mappings[extension],
            }) + "; charset=utf-8";
        }

        return types;
    }

    private Task AddHeadersAsync(HttpContext context, RequestDelegate next)
    {
        var response = context.Response;
        foreach (var (name, value) in _headers)
        {
            response.Headers[name] = value;
        }

        // Always ask again, and let the ETag answer 304: a rebuilt page shows at once.
        response.Headers.CacheControl = "no-cache";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }

        return next(context);
    }

    /// <summary>The event stream and the overlay's script and style, under a path no site file can have.</summary>
    private Task ServePreviewFilesAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value;
        return path switch
        {
            EventsPath => _hub!.StreamAsync(context, _stopping.Token),
            ScriptPath => WriteAsync(context, "text/javascript; charset=utf-8", PreviewAssets.Script),
            StylePath => WriteAsync(context, "text/css; charset=utf-8", PreviewAssets.Style),
            _ => next(context),
        };
    }

    /// <summary>Clean URLs as on the host: /rollen → 301 /rollen/, /rollen/ → rollen/index.html; pages get the preview script.</summary>
    private Task ServeFoldersAndPagesAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        var full = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return NotFoundAsync(context); // outside the site (../)
        }

        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = context.Request.Path.ToUriComponent() + "/" + context.Request.QueryString.ToUriComponent();
                return Task.CompletedTask;
            }

            full = Path.Combine(full, "index.html");
            context.Request.Path = new PathString(path + "index.html");
        }

        return _hub is not null && full.EndsWith(".html", StringComparison.OrdinalIgnoreCase) && File.Exists(full)
            ? WritePageAsync(context, full)
            : next(context);
    }

    private async Task NotFoundAsync(HttpContext context)
    {
        _missing.Enqueue(context.Request.Path.Value ?? "/");
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var page = Path.Combine(_root, "404.html");
        if (File.Exists(page))
        {
            await WritePageAsync(context, page).ConfigureAwait(false);
        }
        else if (_hub is not null)
        {
            // A first build that failed wrote nothing: a bare page still carries the script, so the problems show.
            await WriteAsync(context, "text/html; charset=utf-8", Encoding.UTF8.GetBytes($"<!doctype html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Playbook preview</title></head><body><main></main>{ScriptTag}</body></html>")).ConfigureAwait(false);
        }
    }

    private async Task WritePageAsync(HttpContext context, string file)
    {
        var bytes = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        if (_hub is not null)
        {
            var text = Encoding.UTF8.GetString(bytes);
            var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            bytes = Encoding.UTF8.GetBytes(end < 0 ? text + ScriptTag : text.Insert(end, ScriptTag));
            // The served page differs from the file: no validators, fetched anew each time.
            context.Response.Headers.CacheControl = "no-store";
        }

        await WriteAsync(context, "text/html; charset=utf-8", bytes).ConfigureAwait(false);
    }

    private static async Task WriteAsync(HttpContext context, string contentType, byte[] body)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
    }

    /// <summary>A host lifetime that leaves signals alone: whoever starts the server stops it.</summary>
    private sealed class CallerOwnedLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
