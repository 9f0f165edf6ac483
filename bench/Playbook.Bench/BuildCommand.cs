using System.Diagnostics;
using System.Globalization;
using Playbook.Build;

namespace Playbook.Bench;

/// <summary>`build &lt;content&gt; [--repeat N] [--output dir]`: times full builds of a content folder and reports peak memory.</summary>
internal static class BuildCommand
{
    public static async Task<int> RunAsync(string content, string[] args)
    {
        var repeat = Options.Int(args, "--repeat", 3);
        var output = Options.Text(args, "--output") ?? Path.Combine(Path.GetTempPath(), "playbook-bench-output");
        var theme = Options.Text(args, "--theme") ?? Path.Combine(RepositoryRoot(), "themes", "default");

        // --no-downloads: the HR downloads are written empty, to measure what generating them adds to the build.
        var downloads = !args.Contains("--no-downloads");
        var times = new List<double>();
        var cpu = new List<double>();
        BuildResult? last = null;
        for (var i = 0; i < repeat; i++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            last = await SiteBuilder.BuildAsync(new BuildOptions { ContentDirectory = content, OutputDirectory = output, ThemeDirectory = theme, RoleDownloads = downloads });
            times.Add(stopwatch.Elapsed.TotalSeconds);

            // CPU time of all threads: steadier than wall time on a shared machine.
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
            if (!last.Succeeded)
            {
                Console.Error.WriteLine(string.Join('\n', last.Diagnostics.Take(20)));
                return 1;
            }
        }

        times.Sort();
        cpu.Sort();
        foreach (var timing in last!.Timings)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Pipeline,-10} {timing.Module,-22} {timing.Elapsed.TotalSeconds,7:0.000} s  {timing.Documents,6} docs"));
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"build {content}{(downloads ? string.Empty : " --no-downloads")}: {last!.Pages} pages, {last.Files} files; median {times[times.Count / 2]:0.00} s, best {times[0]:0.00} s over {repeat} runs; CPU median {cpu[cpu.Count / 2]:0.00} s, best {cpu[0]:0.00} s; peak working set {peak:0} MiB"));
        return 0;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Playbook.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Playbook.sln not found");
    }
}
