using System.Globalization;
using System.Net;

namespace Playbook.Checks.External;

/// <summary>
/// Requests external URLs politely: a GET that reads only the headers, a timeout per request, a few requests at a
/// time, and on 429 Too Many Requests or a 5xx status a retry after the server's Retry-After (or an exponential backoff).
/// </summary>
public sealed class ExternalLinkChecker : IDisposable
{
    private readonly CheckOptions _options;
    private readonly HttpClient _client;
    private readonly SemaphoreSlim _slots;
    private readonly TimeProvider _time;

    /// <param name="options">timeouts, retries and waits.</param>
    /// <param name="handler">how requests are sent; the network when null (tests give a stub).</param>
    /// <param name="time">the clock for timeouts, waits and Retry-After dates; the system clock when null (tests give a fake one).</param>
    public ExternalLinkChecker(CheckOptions options, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        _options = options;
        _time = time ?? TimeProvider.System;
        _client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10 }) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("playbook-link-check/0.1");
        _slots = new SemaphoreSlim(Math.Max(1, options.ExternalConcurrency));
    }

    public async Task<IReadOnlyDictionary<string, ExternalResult>> CheckAllAsync(IEnumerable<string> urls, CancellationToken cancellationToken)
    {
        var distinct = urls.Distinct(StringComparer.Ordinal).ToList();
        var results = await Task.WhenAll(distinct.Select(url => CheckOneAsync(url, cancellationToken))).ConfigureAwait(false);
        return distinct.Zip(results).ToDictionary(x => x.First, x => x.Second, StringComparer.Ordinal);
    }

    public void Dispose()
    {
        _client.Dispose();
        _slots.Dispose();
    }

    private async Task<ExternalResult> CheckOneAsync(string url, CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RequestWithRetriesAsync(url.StartsWith("//", StringComparison.Ordinal) ? "https:" + url : url, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<ExternalResult> RequestWithRetriesAsync(string url, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var clock = new CancellationTokenSource(_options.ExternalTimeout, _time);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, clock.Token);
            HttpResponseMessage response;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new(ExternalOutcome.Unverified, null, $"no answer within {Seconds(_options.ExternalTimeout)}");
            }
            catch (HttpRequestException ex)
            {
                return new(ExternalOutcome.Broken, null, $"could not connect ({ex.HttpRequestError switch { HttpRequestError.NameResolutionError => "the host name does not exist", HttpRequestError.ConnectionError => "the connection was refused", HttpRequestError.SecureConnectionError => "the secure connection failed", _ => ex.Message }})");
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                var retryable = status == 429 || status >= 500;
                if (!retryable)
                {
                    return status < 400
                        ? new(ExternalOutcome.Ok, status, Describe(response))
                        : status is 401 or 403
                            ? new(ExternalOutcome.Unverified, status, $"the server refuses automatic checks ({Describe(response)})")
                            : new(ExternalOutcome.Broken, status, Describe(response));
                }

                var wait = RetryAfter(response) ?? _options.ExternalBackoff * Math.Pow(2, attempt);
                if (attempt >= _options.ExternalRetries)
                {
                    return new(ExternalOutcome.Unverified, status, $"{Describe(response)} after {attempt + 1} attempts");
                }

                if (wait > _options.ExternalMaxWait)
                {
                    return new(ExternalOutcome.Unverified, status, $"{Describe(response)}, and the server asks to wait {Seconds(wait)}");
                }

                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Retry-After as seconds or as an HTTP date; null when absent.</summary>
    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static string Describe(HttpResponseMessage response) =>
        string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase ?? ((HttpStatusCode)(int)response.StatusCode).ToString()}");

    private static string Seconds(TimeSpan time) => string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.#} s");
}
