using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Playbook.Preview;

/// <summary>
/// The preview's server-sent event stream: tells every open page about each build, and remembers the last failure
/// until a good build, so a page opened or reloaded while the build is broken shows the problems too. The problems of
/// the checks after a reload are kept apart, until the next save's checks replace them: a page that reloads for the
/// next save shows them again at once instead of losing them and getting them back a moment later.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _subscribers = [];
    private string? _failure;
    private string? _checks;
    private bool _closed;

    /// <summary>Sends a build's event to every open page; a failure is also kept for pages that connect later, a success clears it.</summary>
    public void Publish(string eventName, string json, bool failure)
    {
        lock (_lock)
        {
            var message = Send(eventName, json);
            _failure = failure ? message : null;
        }
    }

    /// <summary>Sends the outcome of the checks after a reload; their problems are kept (until the next checks) for pages that connect later.</summary>
    public void PublishChecks(string eventName, string json, bool failure)
    {
        lock (_lock)
        {
            var message = Send(eventName, json);
            _checks = failure ? message : null;
        }
    }

    private string Send(string eventName, string json)
    {
        // One line of JSON per event: the serializer escapes line breaks inside strings, so 'data:' needs no splitting.
        var message = $"event: {eventName}\ndata: {json}\n\n";
        foreach (var subscriber in _subscribers)
        {
            subscriber.Writer.TryWrite(message);
        }

        return message;
    }

    /// <summary>Holds the response open and writes each event as it comes, until the page goes or the server stops.</summary>
    public async Task StreamAsync(HttpContext context, CancellationToken stopping)
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            if (_closed)
            {
                return;
            }

            _subscribers.Add(channel);
            // A broken build is what the page must show; without one, the last checks' problems.
            if ((_failure ?? _checks) is { } kept)
            {
                channel.Writer.TryWrite(kept);
            }
        }

        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-store";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var done = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        try
        {
            await response.Body.WriteAsync(Encoding.UTF8.GetBytes(": connected\n\n"), done.Token).ConfigureAwait(false);
            await response.Body.FlushAsync(done.Token).ConfigureAwait(false);
            await foreach (var message in channel.Reader.ReadAllAsync(done.Token).ConfigureAwait(false))
            {
                await response.Body.WriteAsync(Encoding.UTF8.GetBytes(message), done.Token).ConfigureAwait(false);
                await response.Body.FlushAsync(done.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away, or the server is stopping.
        }
        finally
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }
        }
    }

    /// <summary>Ends every open stream, so stopping the server does not wait for pages to go.</summary>
    public void Close()
    {
        lock (_lock)
        {
            _closed = true;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }
        }
    }
}
