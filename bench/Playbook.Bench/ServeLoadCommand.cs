using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Playbook.Bench;

/// <summary>
/// `serve-load &lt;url&gt; [--requests N] [--concurrency C]`: requests the pages and files a running preview links
/// from its home page, round robin, C at a time; prints latency (median, p95) and requests per second.
/// </summary>
internal static partial class ServeLoadCommand
{
    public static async Task<int> RunAsync(string url, string[] args)
    {
        var requests = Options.Int(args, "--requests", 2000);
        var concurrency = Options.Int(args, "--concurrency", 8);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
        var home = await http.GetStringAsync("/");
        string[] paths = ["/", .. LocalLinks().Matches(home).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

        // Warm up: every path once, so neither server is timed while it JITs.
        foreach (var path in paths)
        {
            (await http.GetAsync(path)).Dispose();
        }

        var times = new double[requests];
        var next = -1;
        var bytes = 0L;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests)
            {
                var one = Stopwatch.StartNew();
                var body = await http.GetByteArrayAsync(paths[i % paths.Length]);
                times[i] = one.Elapsed.TotalMilliseconds;
                Interlocked.Add(ref bytes, body.Length);
            }
        }));
        wall.Stop();
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"serve-load {url}: {requests} requests over {paths.Length} paths, {concurrency} at a time: median {times[requests / 2]:0.00} ms, p95 {times[(int)(requests * 0.95)]:0.00} ms, {requests / wall.Elapsed.TotalSeconds:0} requests/s, {bytes / wall.Elapsed.TotalSeconds / 1048576:0.0} MiB/s"));
        return 0;
    }

    [GeneratedRegex("""href="(/[^"#?]*)""")]
    private static partial Regex LocalLinks();
}
