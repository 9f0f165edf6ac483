using Microsoft.Extensions.Time.Testing;

namespace Playbook.Tests.Checks;

/// <summary>
/// An HTTP handler for the external link checker that answers from a function (null: never answers) and notes on a
/// fake clock when each request came, so waits and timeouts are tested without real time passing.
/// </summary>
internal sealed class FakeServer(FakeTimeProvider clock, Func<int, HttpResponseMessage?> answer) : HttpMessageHandler
{
    private readonly DateTimeOffset _start = clock.GetUtcNow();
    private readonly List<TimeSpan> _requests = [];

    /// <summary>When each request came, on the fake clock, from its start.</summary>
    public IReadOnlyList<TimeSpan> RequestTimes
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    /// <summary>Moves the fake clock on in 10 ms steps until the work is done; a generous real-time limit only matters on failure.</summary>
    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, Task<T> work)
    {
        var limit = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!work.IsCompleted && DateTime.UtcNow < limit)
        {
            // Let the checker reach its next wait before the clock moves, so no step is skipped.
            await Task.Delay(5);
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        return await work;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        int count;
        lock (_requests)
        {
            _requests.Add(clock.GetUtcNow() - _start);
            count = _requests.Count;
        }

        if (answer(count) is { } response)
        {
            return response;
        }

        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new OperationCanceledException(cancellationToken);
    }
}
