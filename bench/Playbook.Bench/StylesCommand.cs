using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Playbook.Build;

namespace Playbook.Bench;

/// <summary>
/// `styles &lt;site&gt; [--output dir] [--rounds N] [--only text] [--selectors] [--report file]`: what a reader's browser pays to restyle and lay out
/// each page when the window's width or the colour scheme changes. Loads every page of a built site (a content folder is
/// built first, with the default theme) in Chromium, opens its disclosures, sweeps the widths 320…1920 in the light
/// scheme and back in the dark (the walk FitTests makes, wider), and reads Chromium's own counters
/// (Performance.getMetrics: RecalcStyleDuration, LayoutDuration, RecalcStyleCount, LayoutCount) before and after.
/// </summary>
internal static class StylesCommand
{
    private static readonly int[] Widths = [320, 390, 480, 640, 768, 1024, 1280, 1366, 1600, 1920];

    private static readonly string[] Counters = ["RecalcStyleDuration", "LayoutDuration", "RecalcStyleCount", "LayoutCount", "TaskDuration"];

    public static async Task<int> RunAsync(string site, string[] args)
    {
        var rounds = Options.Int(args, "--rounds", 3);
        var only = Options.Text(args, "--only");
        var output = await BuiltOutputAsync(site, Options.Text(args, "--output") ?? Path.Combine(Path.GetTempPath(), "playbook-bench-styles"));
        if (output is null)
        {
            return 1;
        }

        var paths = Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(output, Path.GetDirectoryName(f)!).Replace('\\', '/') + "/")
            .Select(p => p == "/./" ? "/" : p)
            .Where(p => !p.StartsWith("/zoeken/index/", StringComparison.Ordinal))
            .Where(p => only is null || p.Contains(only, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await RoutedSite.LaunchAsync(playwright);
        var perRound = new List<Dictionary<string, Sample>>();
        for (var round = 0; round < rounds; round++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = Widths[0], Height = 900 } });
            var page = await RoutedSite.ServeAsync(context, output);
            var cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Performance.enable");
            var samples = new Dictionary<string, Sample>(StringComparer.Ordinal);
            foreach (var path in paths)
            {
                samples[path] = await SweepAsync(page, cdp, path);
            }

            perRound.Add(samples);
        }

        var report = new StringBuilder();
        void Line(string text) { Console.WriteLine(text); report.AppendLine(text); }
        Line(Invariant($"site: {output} — {paths.Count} pages; each page: {Widths.Length} widths ({Widths[0]}…{Widths[^1]}) light, then back dark = {2 * Widths.Length - 1} changes; {rounds} rounds, median"));
        Line(string.Empty);
        Line("| page | style recalc ms | recalcs | layout ms | layouts | main-thread task ms |");
        Line("|---|---:|---:|---:|---:|---:|");
        var medians = paths.ToDictionary(p => p, p => Sample.Median(perRound.Select(r => r[p]).ToList()), StringComparer.Ordinal);
        foreach (var (path, sample) in medians.OrderByDescending(m => m.Value.RecalcMs).ThenBy(m => m.Key, StringComparer.Ordinal))
        {
            Line(Row($"`{path}`", sample));
        }

        var totals = perRound.Select(r => r.Values.Aggregate(Sample.Zero, (a, b) => a + b)).ToList();
        Line(Row("**all pages, one sweep each (median round)**", Sample.Median(totals)));
        Line("rounds (style recalc ms, all pages): " + string.Join(", ", totals.Select(t => Invariant($"{t.RecalcMs:0}"))));
        if (args.Contains("--selectors"))
        {
            await SelectorsAsync(browser, output, paths, Line);
        }

        var resultsFile = Options.Text(args, "--report");
        if (resultsFile is not null)
        {
            await File.WriteAllTextAsync(resultsFile, report.ToString());
        }

        return 0;
    }

    /// <summary>The site's folder when <paramref name="site"/> is already built; otherwise builds it into <paramref name="output"/>.</summary>
    private static async Task<string?> BuiltOutputAsync(string site, string output)
    {
        if (File.Exists(Path.Combine(site, "index.html")))
        {
            return site;
        }

        var result = await SiteBuilder.BuildAsync(new BuildOptions
        {
            ContentDirectory = site,
            OutputDirectory = output,
            ThemeDirectory = Path.Combine(BuildCommand.RepositoryRoot(), "themes", "default"),
        });
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(string.Join('\n', result.Diagnostics.Take(20)));
            return null;
        }

        return output;
    }

    /// <summary>Loads the page at the narrowest width, light; walks the widths up, switches to dark, walks them down.</summary>
    private static async Task<Sample> SweepAsync(IPage page, ICDPSession cdp, string path)
    {
        await page.SetViewportSizeAsync(Widths[0], 900);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Screen, ColorScheme = ColorScheme.Light, ReducedMotion = ReducedMotion.Reduce });
        await page.GotoAsync(RoutedSite.Origin + path);
        await page.EvaluateAsync("() => document.querySelectorAll('main details').forEach(d => d.open = true)");
        await SettleAsync(page);
        var before = await MetricsAsync(cdp);
        foreach (var width in Widths.Skip(1))
        {
            await page.SetViewportSizeAsync(width, 900);
            await SettleAsync(page);
        }

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        await SettleAsync(page);
        foreach (var width in Widths.Reverse().Skip(1))
        {
            await page.SetViewportSizeAsync(width, 900);
            await SettleAsync(page);
        }

        return await MetricsAsync(cdp) - before;
    }

    /// <summary>Waits for the next frame and then reads a layout value, so the change's style and layout are both done.</summary>
    private static Task<int> SettleAsync(IPage page) =>
        page.EvaluateAsync<int>("() => new Promise(done => requestAnimationFrame(() => done(document.documentElement.scrollWidth)))");

    private static async Task<Sample> MetricsAsync(ICDPSession cdp)
    {
        var result = await cdp.SendAsync("Performance.getMetrics") ?? throw new InvalidOperationException("Performance.getMetrics returned nothing");
        var values = result.GetProperty("metrics").EnumerateArray()
            .Where(m => Counters.Contains(m.GetProperty("name").GetString()))
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble(), StringComparer.Ordinal);
        return new Sample(values["RecalcStyleDuration"] * 1000, values["RecalcStyleCount"], values["LayoutDuration"] * 1000, values["LayoutCount"], values["TaskDuration"] * 1000);
    }

    /// <summary>
    /// One more sweep of every page with Chromium's selector statistics on (the trace category DevTools' "selector
    /// stats" use): the selectors the sweeps spent most time matching, summed over all pages. Tracing slows matching
    /// down; the ranking is what counts, not the milliseconds.
    /// </summary>
    private static async Task SelectorsAsync(IBrowser browser, string output, IReadOnlyList<string> paths, Action<string> line)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = Widths[0], Height = 900 } });
        var page = await RoutedSite.ServeAsync(context, output);
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        var selectors = new Dictionary<string, (double Us, long Attempts, long Matches)>(StringComparer.Ordinal);
        var complete = new TaskCompletionSource();
        cdp.Event("Tracing.dataCollected").OnEvent += (_, data) =>
        {
            foreach (var traced in data!.Value.GetProperty("value").EnumerateArray())
            {
                if (traced.GetProperty("name").GetString() != "SelectorStats"
                    || !traced.TryGetProperty("args", out var arguments) || !arguments.TryGetProperty("selector_stats", out var stats))
                {
                    continue;
                }

                foreach (var timing in stats.GetProperty("selector_timings").EnumerateArray())
                {
                    var selector = timing.GetProperty("selector").GetString() ?? "";
                    var (us, attempts, matches) = selectors.GetValueOrDefault(selector);
                    selectors[selector] = (us + timing.GetProperty("elapsed (us)").GetDouble(), attempts + timing.GetProperty("match_attempts").GetInt64(), matches + timing.GetProperty("match_count").GetInt64());
                }
            }
        };
        cdp.Event("Tracing.tracingComplete").OnEvent += (_, _) => complete.TrySetResult();
        await cdp.SendAsync("Tracing.start", new Dictionary<string, object> { ["categories"] = "disabled-by-default-blink.debug", ["transferMode"] = "ReportEvents" });
        foreach (var path in paths)
        {
            await SweepAsync(page, cdp, path);
        }

        await cdp.SendAsync("Tracing.end");
        await complete.Task;
        line(string.Empty);
        line("| selector (selector statistics, all pages, one sweep each) | match ms | attempts | matches |");
        line("|---|---:|---:|---:|");
        foreach (var (selector, (us, attempts, matches)) in selectors.OrderByDescending(s => s.Value.Us).Take(30))
        {
            line(Invariant($"| `{selector.Replace("|", "\\|", StringComparison.Ordinal)}` | {us / 1000:0.0} | {attempts} | {matches} |"));
        }

        line(Invariant($"all selectors: {selectors.Values.Sum(s => s.Us) / 1000:0} ms matching, {selectors.Count} selectors"));
    }

    private static string Row(string name, Sample s) =>
        Invariant($"| {name} | {s.RecalcMs:0.0} | {s.Recalcs:0} | {s.LayoutMs:0.0} | {s.Layouts:0} | {s.TaskMs:0} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Chromium's counters for one sweep; durations in milliseconds.</summary>
    private sealed record Sample(double RecalcMs, double Recalcs, double LayoutMs, double Layouts, double TaskMs)
    {
        public static readonly Sample Zero = new(0, 0, 0, 0, 0);

        public static Sample operator +(Sample a, Sample b) =>
            new(a.RecalcMs + b.RecalcMs, a.Recalcs + b.Recalcs, a.LayoutMs + b.LayoutMs, a.Layouts + b.Layouts, a.TaskMs + b.TaskMs);

        public static Sample operator -(Sample a, Sample b) =>
            new(a.RecalcMs - b.RecalcMs, a.Recalcs - b.Recalcs, a.LayoutMs - b.LayoutMs, a.Layouts - b.Layouts, a.TaskMs - b.TaskMs);

        /// <summary>Each counter's median over the rounds, on its own.</summary>
        public static Sample Median(IReadOnlyList<Sample> samples)
        {
            static double Mid(IEnumerable<double> values) => values.Order().ElementAt((values.Count() - 1) / 2);
            return new Sample(Mid(samples.Select(s => s.RecalcMs)), Mid(samples.Select(s => s.Recalcs)), Mid(samples.Select(s => s.LayoutMs)), Mid(samples.Select(s => s.Layouts)), Mid(samples.Select(s => s.TaskMs)));
        }
    }
}
