using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Playbook.Build;

namespace Playbook.Bench;

/// <summary>
/// `search &lt;corpus&gt; [--pages N] [--output dir] [--runs N]`: builds the corpus (writing it first when the folder is
/// missing), then reports the search index's size (total and per shard, raw, gzip and brotli), the compressed bytes the
/// first query of a fresh visitor transfers, and how long search.js takes to answer a query in Chromium once loaded.
/// </summary>
internal static class SearchCommand
{
    /// <summary>Queries in the corpus's own vocabulary: single words, prefixes, compound parts, plurals, typos, several words.</summary>
    private static readonly string[] Queries =
    [
        "gemeente", "parkeerbeleid", "beleid", "parkeer", "klantcontact", "strategieën", "verantwoordelijk webcare",
        "participatie inwoners", "comunicatie", "gedragsverandering", "wethouder besluit planning",
        "jeugdzorg subsidie", "omgevingsvisie", "frontofice", "rol 7", "we",
    ];

    private const string Origin = RoutedSite.Origin;

    public static async Task<int> RunAsync(string corpus, string[] args)
    {
        var pages = Options.Int(args, "--pages", 10_000);
        var runs = Options.Int(args, "--runs", 20);
        var output = Options.Text(args, "--output") ?? Path.Combine(Path.GetTempPath(), "playbook-bench-search");
        if (!Directory.Exists(corpus))
        {
            new CorpusGenerator(corpus).Write(pages);
        }

        var stopwatch = Stopwatch.StartNew();
        var result = args.Contains("--reuse-output") && Directory.Exists(output) ? null : await SiteBuilder.BuildAsync(new BuildOptions
        {
            ContentDirectory = corpus,
            OutputDirectory = output,
            ThemeDirectory = Path.Combine(BuildCommand.RepositoryRoot(), "themes", "default"),
        });
        if (result is { Succeeded: false })
        {
            Console.Error.WriteLine(string.Join('\n', result.Diagnostics.Take(20)));
            return 1;
        }

        var report = new StringBuilder();
        void Line(string text) { Console.WriteLine(text); report.AppendLine(text); }
        if (result is not null)
        {
            var indexSeconds = result.Timings.Where(t => t.Pipeline == "search").Sum(t => t.Elapsed.TotalSeconds);
            Line(Invariant($"corpus: {corpus} — {result.Pages} pages; build {stopwatch.Elapsed.TotalSeconds:0.0} s, of which search index {indexSeconds:0.0} s"));
        }

        var index = Path.Combine(output, "zoeken", "index");
        var sizes = Directory.EnumerateFiles(index, "*.json", SearchOption.AllDirectories)
            .Select(path => (Path: Path.GetRelativePath(index, path).Replace('\\', '/'), Size: Measure(File.ReadAllBytes(path))))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToDictionary(f => f.Path, f => f.Size, StringComparer.Ordinal);
        var shards = sizes.Where(s => s.Key.StartsWith("s/", StringComparison.Ordinal)).Select(s => s.Value).ToList();
        var fragments = sizes.Where(s => s.Key.StartsWith("f/", StringComparison.Ordinal)).Select(s => s.Value).ToList();
        Line(string.Empty);
        Line("| part | files | raw | gzip | brotli |");
        Line("|---|---:|---:|---:|---:|");
        Line(Row("manifest", [sizes["manifest.json"]]));
        Line(Row("shards (terms, compound parts, typo keys)", shards));
        Line(Row("fragment bundles (consecutive results, up to 24 KB each)", fragments));
        Line(Row("whole index", [.. sizes.Values]));
        Line(string.Empty);
        Line(Invariant($"shards, gzip: median {Kb(Percentile(shards.Select(s => s.Gzip), 0.5))}, p95 {Kb(Percentile(shards.Select(s => s.Gzip), 0.95))}, largest {Kb(shards.Max(s => s.Gzip))}"));
        Line("largest shards (raw / gzip): " + string.Join(", ", sizes.Where(s => s.Key.StartsWith("s/", StringComparison.Ordinal)).OrderByDescending(s => s.Value.Raw).Take(5)
            .Select(s => Invariant($"{s.Key[2..].Split('.')[0]} {Kb(s.Value.Raw)} / {Kb(s.Value.Gzip)}"))));

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await RoutedSite.LaunchAsync(playwright);

        Line(string.Empty);
        Line("| first query (fresh visitor, 8 results as in the search box) | files | gzip transferred | brotli |");
        Line("|---|---:|---:|---:|");
        var firstQuery = new List<(string Query, long Gzip)>();
        foreach (var query in Queries)
        {
            var files = await FirstQueryFilesAsync(browser, output, query);
            var gzip = files.Sum(f => sizes[f].Gzip);
            firstQuery.Add((query, gzip));
            Line(Invariant($"| `{query}` | {files.Count} | {Kb(gzip)} | {Kb(files.Sum(f => sizes[f].Brotli))} |"));
        }

        Line(Invariant($"first query, gzip: median {Kb(Percentile(firstQuery.Select(q => q.Gzip), 0.5))}, largest {Kb(firstQuery.Max(q => q.Gzip))} (`{firstQuery.MaxBy(q => q.Gzip).Query}`)"));

        var latencies = await LatenciesAsync(browser, output, runs);
        var all = latencies.SelectMany(l => l).ToList();
        Line(string.Empty);
        Line("| query, once loaded | median | p95 | max |");
        Line("|---|---:|---:|---:|");
        for (var q = 0; q < Queries.Length; q++)
        {
            Line(Invariant($"| `{Queries[q]}` | {Percentile(latencies[q], 0.5):0.0} ms | {Percentile(latencies[q], 0.95):0.0} ms | {latencies[q].Max():0.0} ms |"));
        }

        Line(string.Empty);
        Line(Invariant($"query latency in Chromium once loaded ({Queries.Length} queries × {runs} runs of PlaybookSearch.search(q, 8): ranking, sub-results, snippets, highlighting): median {Percentile(all, 0.5):0.0} ms, p95 {Percentile(all, 0.95):0.0} ms, max {all.Max():0.0} ms"));
        // The client is search.js and the modules it imports from js/search/; measured as one, as it is loaded.
        var scripts = Directory.GetFiles(Path.Combine(output, "assets", "js", "search"), "*.js").Order(StringComparer.Ordinal)
            .Prepend(Path.Combine(output, "assets", "js", "search.js"));
        var script = Measure(scripts.SelectMany(File.ReadAllBytes).ToArray());
        Line(Invariant($"search.js and its modules (the whole client, no library to load): {Kb(script.Raw)} raw, {Kb(script.Gzip)} gzip, {Kb(script.Brotli)} brotli"));
        var resultsFile = Options.Text(args, "--report");
        if (resultsFile is not null)
        {
            await File.WriteAllTextAsync(resultsFile, report.ToString());
        }

        return 0;
    }

    private sealed record Size(long Raw, long Gzip, long Brotli);

    private static Size Measure(byte[] bytes)
    {
        using var gzip = new MemoryStream();
        using (var stream = new GZipStream(gzip, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            stream.Write(bytes);
        }

        using var brotli = new MemoryStream();
        using (var stream = new BrotliStream(brotli, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            stream.Write(bytes);
        }

        return new Size(bytes.Length, gzip.Length, brotli.Length);
    }

    /// <summary>Opens the home page in a fresh context (empty cache), runs one query, returns the index files it fetched.</summary>
    private static async Task<List<string>> FirstQueryFilesAsync(IBrowser browser, string output, string query)
    {
        await using var context = await browser.NewContextAsync();
        var page = await RoutedSite.ServeAsync(context, output);
        var files = new List<string>();
        page.Request += (_, request) =>
        {
            var path = new Uri(request.Url).AbsolutePath;
            if (path.StartsWith("/zoeken/index/", StringComparison.Ordinal))
            {
                files.Add(path["/zoeken/index/".Length..]);
            }
        };
        await page.GotoAsync(Origin + "/");
        await page.WaitForFunctionAsync("() => window.PlaybookSearch !== undefined");
        await page.EvaluateAsync("q => PlaybookSearch.search(q, 8)", query);
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>One page; each query once to load its files, then timed runs from memory, as someone typing gets them.</summary>
    private static async Task<List<List<double>>> LatenciesAsync(IBrowser browser, string output, int runs)
    {
        await using var context = await browser.NewContextAsync();
        var page = await RoutedSite.ServeAsync(context, output);
        page.Console += (_, message) => Console.WriteLine("ranking only, median per query: " + message.Text);
        await page.GotoAsync(Origin + "/");
        await page.WaitForFunctionAsync("() => window.PlaybookSearch !== undefined");
        var json = await page.EvaluateAsync<string>(
            """
            async ([queries, runs]) => {
              const times = queries.map(() => []);
              const rankTimes = queries.map(() => []);
              for (const q of queries) { await PlaybookSearch.search(q, 8); }
              for (let r = 0; r < runs; r++) {
                for (let i = 0; i < queries.length; i++) {
                  const start = performance.now();
                  await PlaybookSearch.search(queries[i], 8);
                  times[i].push(performance.now() - start);
                  const rankStart = performance.now();
                  await PlaybookSearch.rank(queries[i]);
                  rankTimes[i].push(performance.now() - rankStart);
                }
              }
              console.log(JSON.stringify(rankTimes.map(t => t.sort((a, b) => a - b)[t.length >> 1].toFixed(1))));
              return JSON.stringify(times);
            }
            """,
            new object[] { Queries, runs });
        return JsonSerializer.Deserialize<List<List<double>>>(json)!;
    }

    private static string Row(string name, IReadOnlyList<Size> sizes) =>
        Invariant($"| {name} | {sizes.Count} | {Kb(sizes.Sum(s => s.Raw))} | {Kb(sizes.Sum(s => s.Gzip))} | {Kb(sizes.Sum(s => s.Brotli))} |");

    private static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static long Percentile(IEnumerable<long> values, double p) => (long)Percentile(values.Select(v => (double)v), p);

    private static string Kb(long bytes) => bytes >= 1024 * 1024
        ? Invariant($"{bytes / (1024.0 * 1024.0):0.0} MB")
        : Invariant($"{bytes / 1024.0:0.0} KB");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
