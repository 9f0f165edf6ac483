using System.Diagnostics;
using System.Globalization;
using Playbook.Build;
using Playbook.Preview;

namespace Playbook.Bench;

/// <summary>
/// `preview &lt;content&gt; [--edits N] [--page path] [--edit-matrix]`: starts the preview on a copy of the corpus, saves a
/// change to one page (or one matrix cell) N times and times each save until the reload event has arrived and the
/// served page shows the change; also until the search index and checks after the reload are done.
/// </summary>
internal static class PreviewCommand
{
    public static async Task<int> RunAsync(string content, string[] args)
    {
        var edits = Options.Int(args, "--edits", 10);
        var work = Options.Text(args, "--work") ?? Path.Combine(Path.GetTempPath(), "playbook-preview");
        var copy = Path.Combine(work, "content");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        foreach (var file in Directory.GetFiles(content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var page = Options.Text(args, "--page") ?? (File.Exists(Path.Combine(copy, "deel-000", "pagina-00001.md")) ? "deel-000/pagina-00001.md" : "index.md");
        var url = page == "index.md" ? string.Empty : (page.EndsWith("/index.md", StringComparison.Ordinal) ? page[..^"index.md".Length] : page[..^".md".Length] + "/");
        var options = new BuildOptions
        {
            ContentDirectory = copy,
            ThemeDirectory = Path.Combine(BuildCommand.RepositoryRoot(), "themes", "default"),
            OutputDirectory = Path.Combine(work, "output"),
        };

        await using var session = new PreviewSession(options, 0, TextWriter.Null);
        var builds = new List<BuildResult>();
        var clock = Stopwatch.StartNew();
        var rebuiltAt = 0.0;
        session.Rebuilt += result =>
        {
            rebuiltAt = clock.Elapsed.TotalMilliseconds;
            builds.Add(result);
        };
        var checks = new System.Collections.Concurrent.BlockingCollection<BuildResult>();
        session.Checked += checks.Add;
        var first = await session.StartAsync();
        if (!first.Succeeded)
        {
            Console.Error.WriteLine(string.Join('\n', first.Diagnostics.Take(20)));
            return 1;
        }

        // The first build's checks are done (StartAsync waited for them): only each save's count from here.
        while (checks.TryTake(out _))
        {
        }

        Console.WriteLine(Line($"first build: {first.Pages} pages in {first.Elapsed.TotalSeconds:0.00} s; editing {page} {edits} times"));
        using var http = new HttpClient { BaseAddress = new Uri(session.Url), Timeout = TimeSpan.FromMinutes(5) };
        using var events = new StreamReader(await http.GetStreamAsync("__playbook/events"));
        await events.ReadLineAsync();
        var matrix = args.Contains("--edit-matrix") ? Directory.GetFiles(Path.Combine(copy, "raci"), "*.yml").Order(StringComparer.Ordinal).First() : null;
        var source = matrix ?? Path.Combine(copy, page);
        if (matrix is not null)
        {
            url = "raci/" + Path.GetFileNameWithoutExtension(matrix) + "/";
        }

        var original = await File.ReadAllTextAsync(source);
        var cell = matrix is null ? null : System.Text.RegularExpressions.Regex.Match(original, @"\n      [a-z0-9-]+: C\n");
        var times = new List<double>();
        var checkTimes = new List<double>();
        for (var i = 1; i <= edits; i++)
        {
            var marker = $"Bewerking nummer {i} van de meting.";
            var before = matrix is null ? null : await http.GetStringAsync(url);
            var stopwatch = Stopwatch.StartNew();
            var savedAt = clock.Elapsed.TotalMilliseconds;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            // Saved as editors do: written beside the content and renamed over the page, so no build reads half a file.
            // A matrix edit turns one cell's C into I and back: every page that shows the matrix changes.
            var temporary = Path.Combine(work, "saving.tmp");
            await File.WriteAllTextAsync(temporary, cell is { Success: true }
                ? (i % 2 == 1 ? string.Concat(original.AsSpan(0, cell.Index), cell.Value[..^2] + "I\n", original.AsSpan(cell.Index + cell.Length)) : original)
                : original + "\n" + marker + "\n");
            File.Move(temporary, source, overwrite: true);
            if (!await ReloadAsync(events))
            {
                Console.Error.WriteLine($"edit {i}: the build failed:\n{string.Join('\n', builds[^1].Diagnostics.Where(d => d.IsError).Take(10))}");
                return 1;
            }

            while (matrix is null ? !(await http.GetStringAsync(url)).Contains(marker, StringComparison.Ordinal) : await http.GetStringAsync(url) == before)
            {
                await Task.Delay(5);
            }

            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            var build = builds[^1];
            // The save's parts: watcher and debounce until the build started, the build's first stage, then the event and the page's request.
            var waited = rebuiltAt - savedAt - build.Elapsed.TotalMilliseconds;
            var served = times[^1] - (rebuiltAt - savedAt);
            var cpuUsed = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            var checkedAfter = checks.TryTake(out var done, TimeSpan.FromMinutes(5)) ? stopwatch.Elapsed.TotalMilliseconds : double.NaN;
            checkTimes.Add(checkedAfter);
            Console.WriteLine(Line($"  edit {i,2}: {times[^1],7:0} ms (build {build.Elapsed.TotalMilliseconds:0} ms, {build.Changes.Written} files written; before it {waited:0} ms, after it {served:0} ms; process CPU {cpuUsed:0} ms); search index and checks done after {checkedAfter:0} ms ({done?.Diagnostics.Count ?? 0} problems)"));
            await Task.Delay(300);
        }

        // Where the last save's build spent its time, and what it reused: the figures that say what to make incremental next.
        foreach (var timing in builds[^1].Timings.Where(t => t.Elapsed.TotalMilliseconds >= 5).OrderByDescending(t => t.Elapsed))
        {
            Console.WriteLine(Line($"    {timing.Pipeline,-10} {timing.Module,-24} {timing.Elapsed.TotalMilliseconds,7:0} ms"));
        }

        Console.WriteLine("    reused: " + string.Join(", ", builds[^1].Reuse.Select(r => $"{r.Module} {r.Reused}/{r.Reused + r.Computed}")));
        var what = matrix is null ? $"{page} saved" : $"a cell of {Path.GetFileName(matrix)} saved";
        Console.WriteLine(Line($"preview {content}: {first.Pages} pages; {what} → changed page served after reload: median {Median(times):0} ms, p95 {P95(times):0} ms; search index and checks done: median {Median(checkTimes):0} ms, p95 {P95(checkTimes):0} ms over {edits} edits"));
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double P95(List<double> values) => values.Order().ElementAt(Math.Min(values.Count - 1, (int)Math.Ceiling(values.Count * 0.95) - 1));

    /// <summary>Waits for the next reload (true) or failed (false) event on the server-sent event stream.</summary>
    private static async Task<bool> ReloadAsync(StreamReader events)
    {
        while (await events.ReadLineAsync() is { } line)
        {
            if (line == "event: reload")
            {
                return true;
            }

            if (line == "event: failed")
            {
                return false;
            }
        }

        return false;
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
