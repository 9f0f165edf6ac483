using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Playbook.Build;
using Playbook.Checks;
using Playbook.Checks.Links;

namespace Playbook.Bench;

/// <summary>
/// `links &lt;content&gt; [--repeat N] [--output dir]`: what link checking costs. After a warm-up build, builds the content
/// with and without the link checker (alternating order, median of N each) and reports wall time and the process's
/// CPU time (steadier on a shared machine), the checker's own module times, and compares the scanner it uses with a
/// full AngleSharp DOM parse of the same pages.
/// </summary>
internal static class LinksCommand
{
    public static async Task<int> RunAsync(string content, string[] args)
    {
        var repeat = Options.Int(args, "--repeat", 3);
        var output = Options.Text(args, "--output") ?? Path.Combine(Path.GetTempPath(), "playbook-bench-links");
        var theme = Path.Combine(BuildCommand.RepositoryRoot(), "themes", "default");
        var with = new List<double>();
        var without = new List<double>();
        var withCpu = new List<double>();
        var withoutCpu = new List<double>();
        var scan = new List<double>();
        var check = new List<double>();
        BuildResult? last = null;

        // A first build pays for JIT compilation; it is not counted. Then the order alternates, so neither
        // variant always runs first (or always right after the other) on a machine whose load changes.
        await SiteBuilder.BuildAsync(new BuildOptions { ContentDirectory = content, OutputDirectory = output, ThemeDirectory = theme });
        for (var i = 0; i < repeat; i++)
        {
            foreach (var links in i % 2 == 0 ? new[] { true, false } : [false, true])
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var stopwatch = Stopwatch.StartNew();
                var result = await SiteBuilder.BuildAsync(new BuildOptions
                {
                    ContentDirectory = content,
                    OutputDirectory = output,
                    ThemeDirectory = theme,
                    Checks = new CheckOptions { Links = links },
                });
                var seconds = stopwatch.Elapsed.TotalSeconds;
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                if (!result.Succeeded)
                {
                    Console.Error.WriteLine(string.Join('\n', result.Diagnostics.Take(20)));
                    return 1;
                }

                if (links)
                {
                    with.Add(seconds);
                    withCpu.Add(cpu);
                    scan.Add(Module(result, nameof(CollectAnchors)));
                    check.Add(Module(result, nameof(CheckLinks)));
                    last = result;
                }
                else
                {
                    without.Add(seconds);
                    withoutCpu.Add(cpu);
                }
            }
        }

        var withMedian = Median(with);
        var withoutMedian = Median(without);
        var modules = Median(scan) + Median(check);
        Console.WriteLine(Line($"site: {last!.Pages} pages, {last.Files} files ({content})"));
        Console.WriteLine(Line($"build with link check:    median {withMedian:0.00} s (runs: {string.Join(", ", with.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))})"));
        Console.WriteLine(Line($"build without link check: median {withoutMedian:0.00} s (runs: {string.Join(", ", without.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))})"));
        Console.WriteLine(Line($"difference: {withMedian - withoutMedian:0.00} s = {(withMedian - withoutMedian) / withMedian:0.0%} of the build"));
        var cpuWith = Median(withCpu);
        var cpuWithout = Median(withoutCpu);
        Console.WriteLine(Line($"CPU time (all threads), with: median {cpuWith:0.00} s (runs: {string.Join(", ", withCpu.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))}); without: median {cpuWithout:0.00} s (runs: {string.Join(", ", withoutCpu.Select(s => s.ToString("0.00", CultureInfo.InvariantCulture)))})"));
        Console.WriteLine(Line($"CPU difference: {cpuWith - cpuWithout:0.00} s = {(cpuWith - cpuWithout) / cpuWith:0.0%} of the build's CPU time"));
        Console.WriteLine(Line($"link check modules (wall time, alongside the search index): CollectAnchors {Median(scan):0.000} s + CheckLinks {Median(check):0.000} s = {modules:0.000} s = {modules / withMedian:0.0%} of the build"));
        return CompareParsers(output);
    }

    /// <summary>`scan &lt;output&gt;`, and the end of `links`: single-threaded, the purpose-built scanner against AngleSharp's DOM on built pages.</summary>
    public static int CompareParsers(string output)
    {
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var megabytes = pages.Sum(p => (long)p.Length) / (1024.0 * 1024.0);

        // A floor on a shared machine: one trivial pass over the same text (count the '<').
        var baseline = Best(() => pages.Sum(p => (long)p.AsSpan().Count('<')), out var tags);
        var scanner = Best(() => pages.Sum(p => { var s = HtmlScanner.Scan(p); return (long)(s.Ids.Count + s.Urls.Count(u => u.Attribute != "srcset")); }), out var found);
        var parser = new HtmlParser();
        var stopwatch = Stopwatch.StartNew();
        var foundDom = 0L;
        foreach (var page in pages)
        {
            using var document = parser.ParseDocument(page);
            foundDom += document.QuerySelectorAll("[id]").Count(e => e.Id!.Length > 0)
                + document.QuerySelectorAll("a[href], area[href], link[href], use[href], image[href], img[src], script[src], iframe[src], audio[src], track[src], embed[src], source[src], video[src], video[poster], object[data]").Length;
        }

        var dom = stopwatch.Elapsed.TotalSeconds;
        Console.WriteLine(Line($"count '<' in {pages.Count} pages ({megabytes:0} MiB, {tags} tags), one thread, best of 3: {baseline:0.00} s"));
        Console.WriteLine(Line($"scan them, one thread: HtmlScanner {scanner:0.00} s (best of 3; {found} ids and URLs), AngleSharp DOM {dom:0.00} s (once; {foundDom}); the DOM is {dom / scanner:0.0}x slower"));
        return 0;
    }

    private static double Best(Func<long> run, out long result)
    {
        var times = new List<double>();
        result = 0;
        for (var i = 0; i < 3; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            result = run();
            times.Add(stopwatch.Elapsed.TotalSeconds);
        }

        Console.WriteLine(Line($"  runs: {string.Join(", ", times.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} s"));
        return times.Min();
    }

    private static double Module(BuildResult result, string module) =>
        result.Timings.Where(t => t.Module == module).Sum(t => t.Elapsed.TotalSeconds);

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
