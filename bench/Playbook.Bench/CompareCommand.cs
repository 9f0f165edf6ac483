using System.Diagnostics;
using System.Globalization;

namespace Playbook.Bench;

/// <summary>
/// `compare &lt;content&gt; [--rounds N]`: full builds of the corpus with Playbook and of the same corpus converted
/// into a Hugo site, alternating, each in its own process under /usr/bin/time; prints wall, CPU, peak RSS and ratios.
/// </summary>
internal static class CompareCommand
{
    internal const string Time = "/usr/bin/time";

    public static int Run(string content, string[] args)
    {
        var rounds = Options.Int(args, "--rounds", 3);
        var work = Options.Text(args, "--work") ?? Path.Combine(Path.GetTempPath(), "playbook-compare");
        var playbook = Options.Text(args, "--playbook") ?? Path.Combine(BuildCommand.RepositoryRoot(), "src", "Playbook.Cli", "bin", "Release", "net10.0", "playbook");
        var theme = Path.Combine(BuildCommand.RepositoryRoot(), "themes", "default");
        if (!File.Exists(playbook))
        {
            Console.Error.WriteLine($"{playbook} not found: run 'dotnet build src/Playbook.Cli -c Release' first, or pass --playbook <path>");
            return 2;
        }

        if (!File.Exists(Time))
        {
            Console.Error.WriteLine($"{Time} (GNU time) is needed to measure CPU and peak memory per process: apt-get install time");
            return 2;
        }

        var hugo = FindOnPath("hugo");
        var systems = new List<(string Name, ProcessStartInfo Start, string Output)>
        {
            ("Playbook", Start(playbook, "build", "--content", Path.GetFullPath(content), "--theme", theme, "--output", Path.Combine(work, "playbook-out")), Path.Combine(work, "playbook-out")),
        };
        if (hugo is null)
        {
            Console.WriteLine("hugo is not on PATH: reporting Playbook alone (apt-get install hugo, or put it on PATH, to compare).");
        }
        else
        {
            var site = Path.Combine(work, "hugo-site");
            HugoSite.Write(content, site);
            systems.Add(("Hugo", Start(hugo, "--quiet", "--source", site, "--destination", Path.Combine(work, "hugo-out")), Path.Combine(work, "hugo-out")));
            Console.WriteLine($"Hugo: {Version(hugo)}; site converted into {site}");
        }

        var runs = systems.ToDictionary(s => s.Name, _ => new List<Measurement>());
        for (var round = 0; round <= rounds; round++)
        {
            // Round 0 warms the file cache and is not counted; later rounds alternate who goes first.
            var order = round % 2 == 0 ? systems : Enumerable.Reverse(systems).ToList();
            foreach (var (name, start, output) in order)
            {
                var run = Measure(start, output, Path.Combine(work, "time.txt"));
                if (run is null)
                {
                    return 1;
                }

                Console.WriteLine(Line($"  round {round}{(round == 0 ? " (warm-up)" : string.Empty)} {name,-8} wall {run.Wall,6:0.00} s  cpu {run.Cpu,6:0.00} s  peak {run.PeakMiB,6:0} MiB  {run.Html} html files"));
                if (round > 0)
                {
                    runs[name].Add(run);
                }
            }
        }

        Console.WriteLine(Line($"compare {content}, {rounds} rounds (median wall, median CPU, highest peak RSS):"));
        foreach (var (name, list) in runs)
        {
            Console.WriteLine(Line($"  {name,-8} wall {Median(list, r => r.Wall),6:0.00} s  cpu {Median(list, r => r.Cpu),6:0.00} s  peak {list.Max(r => r.PeakMiB),6:0} MiB  {list[0].Html} html files, {list[0].HtmlMiB:0.0} MiB html"));
        }

        if (runs.Count == 2)
        {
            var (p, h) = (runs["Playbook"], runs["Hugo"]);
            Console.WriteLine(Line($"  Playbook / Hugo: wall {Median(p, r => r.Wall) / Median(h, r => r.Wall):0.00}x  cpu {Median(p, r => r.Cpu) / Median(h, r => r.Cpu):0.00}x  peak {p.Max(r => r.PeakMiB) / h.Max(r => r.PeakMiB):0.00}x"));
        }

        return 0;
    }

    internal sealed record Measurement(double Wall, double Cpu, double PeakMiB, int Html, double HtmlMiB);

    /// <summary>Runs <paramref name="start"/> under GNU time in a fresh <paramref name="output"/>; null (and the process's output printed) when it fails.</summary>
    internal static Measurement? Measure(ProcessStartInfo start, string output, string timeFile)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var timed = new ProcessStartInfo(Time) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-f", "%e %U %S %M", "-o", timeFile, start.FileName }.Concat(start.ArgumentList))
        {
            timed.ArgumentList.Add(arg);
        }

        using var process = Process.Start(timed)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"{start.FileName} failed ({process.ExitCode}):\n{stdout.Result}\n{stderr.Result}");
            return null;
        }

        var parts = File.ReadAllLines(timeFile).Last().Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        var html = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);
        return new Measurement(parts[0], parts[1] + parts[2], parts[3] / 1024, html.Length, html.Sum(f => new FileInfo(f).Length) / (1024.0 * 1024.0));
    }

    internal static ProcessStartInfo Start(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string Version(string hugo)
    {
        using var process = Process.Start(new ProcessStartInfo(hugo, "version") { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return text;
    }

    internal static double Median(List<Measurement> runs, Func<Measurement, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return sorted[sorted.Count / 2];
    }

    internal static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
