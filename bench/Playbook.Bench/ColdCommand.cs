using System.Diagnostics;

namespace Playbook.Bench;

/// <summary>
/// `cold &lt;content&gt; --tool label=path [--runs N] [--publish dir] [--publish-aot dir]`: the built tool's cold start —
/// each run a new process in a fresh output folder, the tools alternating, wall and CPU (user + sys) per run and their
/// medians, and whether every tool's site is byte-identical to the first tool's.
/// </summary>
/// <remarks>
/// A tool is `label=path/to/playbook`, optionally with environment variables after a comma
/// (`tpgo-off=/tmp/r2r/playbook,DOTNET_TieredPGO=0`), so runtime settings are compared in the same alternation.
/// `--publish dir` first publishes the working tree's CLI there (ReadyToRun, framework-dependent: the shipped form)
/// and adds it as the tool `publish`; `--publish-aot dir` publishes it with NativeAOT (`-p:PublishAot=true`, minutes)
/// and adds it as the tool `aot`. The load average is printed with every run: on a shared machine it says
/// which walls to trust.
/// </remarks>
internal static class ColdCommand
{
    public static int Run(string content, string[] args)
    {
        var runs = Options.Int(args, "--runs", 5);
        var work = Options.Text(args, "--work") ?? Path.Combine(Path.GetTempPath(), "playbook-cold");
        var tools = args.Select((arg, i) => (arg, i)).Where(a => a.arg == "--tool" && a.i + 1 < args.Length).Select(a => Tool(args[a.i + 1])).ToList();
        foreach (var (option, label, aot) in new[] { ("--publish-aot", "aot", true), ("--publish", "publish", false) })
        {
            if (Options.Text(args, option) is not { } publish)
            {
                continue;
            }

            if (!Publish(publish, aot))
            {
                return 1;
            }

            tools.Insert(0, (label, Path.Combine(publish, "playbook"), new Dictionary<string, string>()));
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
        for (var round = 0; round <= runs; round++)
        {
            // Round 0 loads the tools and the content into the file cache and is not counted; later rounds alternate the order.
            var order = round % 2 == 0 ? tools : Enumerable.Reverse(tools).ToList();
            foreach (var (label, path, environment) in order)
            {
                // Each tool builds into its own folder, so the last round's sites can be compared.
                var output = Path.Combine(work, "out-" + label);
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

        foreach (var (label, _, _) in tools.Skip(1))
        {
            var differences = SiteDifferences(Path.Combine(work, "out-" + tools[0].Label), Path.Combine(work, "out-" + label));
            Console.WriteLine(differences.Count == 0
                ? $"  {label}: site byte-identical to {tools[0].Label}'s"
                : $"  {label}: {differences.Count} files differ from {tools[0].Label}'s, e.g. {string.Join(", ", differences.Take(5))}");
        }

        return 0;
    }

    /// <summary>Relative paths of files present in only one of the two sites or with different bytes.</summary>
    private static List<string> SiteDifferences(string first, string second)
    {
        static IEnumerable<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f));
        return Files(first).Union(Files(second), StringComparer.Ordinal)
            .Where(path => !File.Exists(Path.Combine(first, path)) || !File.Exists(Path.Combine(second, path))
                || !File.ReadAllBytes(Path.Combine(first, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, path))))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static (string Label, string Path, Dictionary<string, string> Environment) Tool(string spec)
    {
        var parts = spec.Split(',');
        var (label, path) = parts[0].Split('=', 2) is [var l, var p] ? (l, p) : (Path.GetFileName(Path.GetDirectoryName(parts[0])) ?? parts[0], parts[0]);
        var environment = parts.Skip(1).Select(e => e.Split('=', 2)).ToDictionary(e => e[0], e => e.Length > 1 ? e[1] : string.Empty, StringComparer.Ordinal);
        return (label, Path.GetFullPath(path), environment);
    }

    private static bool Publish(string directory, bool aot)
    {
        var project = Path.Combine(BuildCommand.RepositoryRoot(), "src", "Playbook.Cli");
        string[] form = aot ? ["-p:PublishAot=true"] : ["--self-contained", "false"];
        Console.WriteLine($"dotnet publish {project} -c Release -r linux-x64 {string.Join(' ', form)} -o {directory}");
        using var process = Process.Start(CompareCommand.Start("dotnet", ["publish", project, "-c", "Release", "-r", "linux-x64", .. form, "-o", directory, "-v", "q"]))!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }
}
