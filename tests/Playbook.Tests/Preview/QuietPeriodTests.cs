using Microsoft.Extensions.Time.Testing;
using Playbook.Build;
using Playbook.Preview;
using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

/// <summary>The preview waits for a short quiet period after the last file event, so a burst of saves is one build.</summary>
public sealed class QuietPeriodTests
{
    private static readonly TimeSpan Step = PreviewSession.Quiet - TimeSpan.FromMilliseconds(10);

    [Fact]
    public void Each_event_restarts_the_wait_so_a_burst_runs_the_action_once_after_the_last_event()
    {
        var time = new FakeTimeProvider();
        var runs = 0;
        using var quiet = new QuietPeriod(PreviewSession.Quiet, time, () => runs++);

        // Four events, each closer to the last than the quiet period: together longer than three quiet periods.
        for (var i = 0; i < 4; i++)
        {
            quiet.Restart();
            time.Advance(Step);
        }

        Assert.Equal(0, runs);
        time.Advance(PreviewSession.Quiet - Step);
        Assert.Equal(1, runs);
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(1, runs);

        quiet.Restart();
        time.Advance(PreviewSession.Quiet);
        Assert.Equal(2, runs);
    }

    [Fact]
    public async Task An_editor_saving_several_files_in_a_burst_gets_one_build_that_shows_them_all()
    {
        using var site = TestSite.Minimal();
        var time = new FakeTimeProvider();
        await using var session = new PreviewSession(site.Options(), 0, TextWriter.Null, time);
        Assert.True((await session.StartAsync()).Succeeded);
        var builds = new List<BuildResult>();
        var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Rebuilt += result =>
        {
            lock (builds)
            {
                builds.Add(result);
            }

            rebuilt.TrySetResult();
        };

        // A save-all: a changed page, then (within the quiet period) two new pages, then one more page later but
        // still within a quiet period of the last event: the wait restarts each time.
        site.Write("waarom.md", "---\ntitle: Waarom\n---\nEerste bestand van de reeks.");
        site.Write("aanpak.md", "---\ntitle: Aanpak\n---\nTweede bestand van de reeks.");
        site.Write("werkwijze.md", "---\ntitle: Werkwijze\n---\nDerde bestand van de reeks.");
        await ReportedAsync(session, "waarom.md", "aanpak.md", "werkwijze.md");
        time.Advance(Step);
        site.Write("planning.md", "---\ntitle: Planning\n---\nVierde bestand, later in de reeks.");
        await ReportedAsync(session, "planning.md");
        time.Advance(Step);
        Assert.Empty(builds);

        time.Advance(PreviewSession.Quiet);
        await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Single(builds);
        Assert.True(builds[0].Succeeded);
        Assert.Contains("Eerste bestand van de reeks.", site.OutputFile("waarom/index.html"), StringComparison.Ordinal);
        Assert.Contains("Tweede bestand van de reeks.", site.OutputFile("aanpak/index.html"), StringComparison.Ordinal);
        Assert.Contains("Derde bestand van de reeks.", site.OutputFile("werkwijze/index.html"), StringComparison.Ordinal);
        Assert.Contains("Vierde bestand, later in de reeks.", site.OutputFile("planning/index.html"), StringComparison.Ordinal);
    }

    /// <summary>Waits until the watcher has told the session about every path (its events arrive on other threads).</summary>
    private static async Task ReportedAsync(PreviewSession session, params string[] paths)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!paths.All(session.Awaits))
        {
            await Task.Delay(5, timeout.Token);
        }
    }
}
