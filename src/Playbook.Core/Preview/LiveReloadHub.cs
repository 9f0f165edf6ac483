using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Playbook.Preview;

/// <summary>
/// The preview's server-sent event stream: tells every open page about each build, and remembers the last failure
/// until a good build, so a page opened or reloaded while the build is broken shows the problems too.
/// </summary>
internal sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _subscribers = [];
    private string? _failure;
    private bool _closed;

    /// <summary>Sends an event to every open page; a failure is also kept for pages that connect later, a success clears it.</summary>
    public void Publish(string eventName, string json, bool failure)
    {
        // One line of JSON per event: the serializer escapes line breaks inside strings, so 'data:' needs no splitting.
        var message = $"event: {eventName}\ndata: {json}\n\n";
        lock (_lock)
        {
            _failure = failure ? message : null;
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(message);
            }
        }
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
            if (_failure is not null)
            {
                channel.Writer.TryWrite(_failure);
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
