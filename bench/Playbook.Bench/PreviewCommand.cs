using System.Diagnostics;
using System.Globalization;
using Playbook.Build;
using Playbook.Preview;

namespace Playbook.Bench;

/// <summary>
/// `preview &lt;content&gt; [--edits N] [--page path]`: starts the preview on a copy of the corpus, saves a change to
/// one page N times and times each save until the reload event has arrived and the served page shows the change.
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
        session.Rebuilt += builds.Add;
        var first = await session.StartAsync();
        if (!first.Succeeded)
        {
            Console.Error.WriteLine(string.Join('\n', first.Diagnostics.Take(20)));
            return 1;
        }

        Console.WriteLine(Line($"first build: {first.Pages} pages in {first.Elapsed.TotalSeconds:0.00} s; editing {page} {edits} times"));
        using var http = new HttpClient { BaseAddress = new Uri(session.Url), Timeout = TimeSpan.FromMinutes(5) };
        using var events = new StreamReader(await http.GetStreamAsync("__playbook/events"));
        await events.ReadLineAsync();
        var source = Path.Combine(copy, page);
        var original = await File.ReadAllTextAsync(source);
        var times = new List<double>();
        for (var i = 1; i <= edits; i++)
        {
            var marker = $"Bewerking nummer {i} van de meting.";
            var stopwatch = Stopwatch.StartNew();
            // Saved as editors do: written beside the content and renamed over the page, so no build reads half a file.
            var temporary = Path.Combine(work, "saving.md");
            await File.WriteAllTextAsync(temporary, original + "\n" + marker + "\n");
            File.Move(temporary, source, overwrite: true);
            if (!await ReloadAsync(events))
            {
                Console.Error.WriteLine($"edit {i}: the build failed:\n{string.Join('\n', builds[^1].Diagnostics.Where(d => d.IsError).Take(10))}");
                return 1;
            }

            while (!(await http.GetStringAsync(url)).Contains(marker, StringComparison.Ordinal))
            {
                await Task.Delay(5);
            }

            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            var build = builds[^1];
            Console.WriteLine(Line($"  edit {i,2}: {times[^1],7:0} ms (build {build.Elapsed.TotalMilliseconds:0} ms, {build.Changes.Written} files written)"));
            await Task.Delay(300);
        }

        // Where the last save's build spent its time, and what it reused: the figures that say what to make incremental next.
        foreach (var timing in builds[^1].Timings.Where(t => t.Elapsed.TotalMilliseconds >= 5).OrderByDescending(t => t.Elapsed))
        {
            Console.WriteLine(Line($"    {timing.Pipeline,-10} {timing.Module,-24} {timing.Elapsed.TotalMilliseconds,7:0} ms"));
        }

        Console.WriteLine("    reused: " + string.Join(", ", builds[^1].Reuse.Select(r => $"{r.Module} {r.Reused}/{r.Reused + r.Computed}")));
        times.Sort();
        var p95 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)];
        Console.WriteLine(Line($"preview {content}: {first.Pages} pages; save → changed page served after reload: median {times[times.Count / 2]:0} ms, p95 {p95:0} ms over {edits} edits"));
        return 0;
    }

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
