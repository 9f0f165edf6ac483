using Playbook.Preview;
using Playbook.Tests.Support;

namespace Playbook.Tests.Output;

/// <summary>Two builds into one output folder (also a build while 'serve' rebuilds) always leave one complete site.</summary>
public sealed class ConcurrentBuildTests
{
    private const int Rounds = 8;

    [Fact]
    public async Task Two_builds_into_one_output_always_leave_a_complete_site()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var expected = SiteSnapshot.Of(site.OutputDirectory);

        for (var round = 0; round < Rounds; round++)
        {
            var builds = await Task.WhenAll(Task.Run(() => site.BuildAsync()), Task.Run(() => site.BuildAsync()));

            Assert.All(builds, b => Assert.True(b.Succeeded, string.Join('\n', b.Diagnostics)));
            Assert.Equal(expected, SiteSnapshot.Of(site.OutputDirectory));
            SiteSnapshot.AssertNoLeftovers(site.OutputDirectory);
        }
    }

    [Fact]
    public async Task A_build_while_serve_rebuilds_leaves_a_complete_site()
    {
        using var site = TestSite.Minimal();
        await using var preview = new PreviewSession(site.Options(), port: 0, TextWriter.Null);
        Assert.True((await preview.StartAsync()).Succeeded);

        for (var round = 0; round < Rounds; round++)
        {
            var rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnRebuilt(Playbook.Build.BuildResult _) => rebuilt.TrySetResult();
            preview.Rebuilt += OnRebuilt;
            var text = $"Ronde {round}.";
            site.Write("waarom.md", $"---\ntitle: Waarom\n---\n{text}");
            var build = await site.BuildAsync();
            await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(30));
            preview.Rebuilt -= OnRebuilt;

            Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics));
            Assert.Contains(text, site.OutputFile("waarom/index.html"), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "index.html")));
            Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "rollen", "contentspecialist", "index.html")));
        }
    }
}
