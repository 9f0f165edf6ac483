using System.Diagnostics;

namespace Playbook.Bench;

/// <summary>
/// `cold &lt;content&gt; --tool label=path [--runs N] [--publish dir]`: the built tool's cold start — each run a new
/// process in a fresh output folder, the tools alternating, wall and CPU (user + sys) per run and their medians.
/// </summary>
/// <remarks>
/// A tool is `label=path/to/playbook`, optionally with environment variables after a comma
/// (`tpgo-off=/tmp/r2r/playbook,DOTNET_TieredPGO=0`), so runtime settings are compared in the same alternation.
/// `--publish dir` first publishes the working tree's CLI there (ReadyToRun, framework-dependent: the shipped form)
/// and adds it as the tool `publish`. The load average is printed with every run: on a shared machine it says
/// which walls to trust.
/// </remarks>
internal static class ColdCommand
{
    public static int Run(string content, string[] args)
    {
        var runs = Options.Int(args, "--runs", 5);
        var work = Options.Text(args, "--work") ?? Path.Combine(Path.GetTempPath(), "playbook-cold");
        var tools = args.Select((arg, i) => (arg, i)).Where(a => a.arg == "--tool" && a.i + 1 < args.Length).Select(a => Tool(args[a.i + 1])).ToList();
        if (Options.Text(args, "--publish") is { } publish)
        {
            if (!Publish(publish))
            {
                return 1;
            }

            tools.Insert(0, ("publish", Path.Combine(publish, "playbook"), new Dictionary<string, string>()));
        }

        if (tools.Count == 0)
        {
            Console.Error.WriteLine("give at least one --tool label=path/to/playbook, or --publish dir");
            return 2;
        }

        if (tools.FirstOrDefault(t => !File.Exists(t.Path)) is { Label: not null } missing)
        {
            Console.Error.WriteLine($"{missing.Path} not found");
            return 2;
        }

        Directory.CreateDirectory(work);
        var measured = tools.ToDictionary(t => t.Label, _ => new List<CompareCommand.Measurement>());
        var output = Path.Combine(work, "out");
        for (var round = 0; round <= runs; round++)
        {
            // Round 0 loads the tools and the content into the file cache and is not counted; later rounds alternate the order.
            var order = round % 2 == 0 ? tools : Enumerable.Reverse(tools).ToList();
            foreach (var (label, path, environment) in order)
            {
                var start = CompareCommand.Start(path, "build", "--content", Path.GetFullPath(content), "--output", output, "-q");
                foreach (var (name, value) in environment)
                {
                    start.Environment[name] = value;
                }

                var load = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                var run = CompareCommand.Measure(start, output, Path.Combine(work, "time.txt"));
                if (run is null)
                {
                    return 1;
                }

                Console.WriteLine(CompareCommand.Line($"  round {round}{(round == 0 ? " (warm-up)" : string.Empty)} {label,-12} wall {run.Wall,5:0.00} s  cpu {run.Cpu,5:0.00} s  peak {run.PeakMiB,4:0} MiB  load {load}"));
                if (round > 0)
                {
                    measured[label].Add(run);
                }
            }
        }

        Console.WriteLine(CompareCommand.Line($"cold {content}, {runs} runs each (median; best):"));
        foreach (var (label, list) in measured)
        {
            Console.WriteLine(CompareCommand.Line($"  {label,-12} wall {CompareCommand.Median(list, r => r.Wall),5:0.00} s ({list.Min(r => r.Wall):0.00})  cpu {CompareCommand.Median(list, r => r.Cpu),5:0.00} s ({list.Min(r => r.Cpu):0.00})  {list[0].Html} html files"));
        }

        return 0;
    }

    private static (string Label, string Path, Dictionary<string, string> Environment) Tool(string spec)
    {
        var parts = spec.Split(',');
        var (label, path) = parts[0].Split('=', 2) is [var l, var p] ? (l, p) : (Path.GetFileName(Path.GetDirectoryName(parts[0])) ?? parts[0], parts[0]);
        var environment = parts.Skip(1).Select(e => e.Split('=', 2)).ToDictionary(e => e[0], e => e.Length > 1 ? e[1] : string.Empty, StringComparer.Ordinal);
        return (label, Path.GetFullPath(path), environment);
    }

    private static bool Publish(string directory)
    {
        var project = Path.Combine(BuildCommand.RepositoryRoot(), "src", "Playbook.Cli");
        Console.WriteLine($"dotnet publish {project} -c Release -r linux-x64 --self-contained false -o {directory}");
        using var process = Process.Start(CompareCommand.Start("dotnet", "publish", project, "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "-o", directory, "-v", "q"))!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
