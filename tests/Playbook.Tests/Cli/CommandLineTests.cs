using Playbook.Cli;
using Playbook.Tests.Checks;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>The command line a newcomer meets: help, version, where messages go, --quiet and --verbose, exit codes.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Version_prints_the_version()
    {
        var run = await RunAsync("--version");
        Assert.Equal(0, run.Code);
        Assert.Equal("0.1.0", run.Output.Trim());
    }

    [Fact]
    public async Task Help_lists_the_build_command_and_its_options()
    {
        var run = await RunAsync("build", "--help");
        Assert.Equal(0, run.Code);
        foreach (var option in new[] { "--content", "--theme", "--output", "--base-url", "--base-path", "--strict", "--quiet", "--verbose" })
        {
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_command_prints_the_help_on_stderr_and_exits_with_2()
    {
        var run = await RunAsync();
        Assert.Equal(PlaybookCommands.UsageError, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("Usage:", run.Error, StringComparison.Ordinal);
        Assert.Contains("build", run.Error, StringComparison.Ordinal);
        Assert.Contains("check", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_flag_prints_the_commands_on_stdout_and_exits_with_0()
    {
        var run = await RunAsync("--help");
        Assert.Equal(PlaybookCommands.Success, run.Code);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("serve", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Help_command_prints_the_same_help_without_errors()
    {
        var root = await RunAsync("help");
        Assert.Equal(PlaybookCommands.Success, root.Code);
        Assert.Equal((await RunAsync("--help")).Output, root.Output);
        Assert.Equal(string.Empty, root.Error);

        var build = await RunAsync("help", "build");
        Assert.Equal(PlaybookCommands.Success, build.Code);
        Assert.Equal((await RunAsync("build", "--help")).Output, build.Output);
        Assert.Equal(string.Empty, build.Error);
    }

    [Fact]
    public async Task Help_for_an_unknown_command_names_the_real_ones_in_one_message()
    {
        var run = await RunAsync("help", "bouw");
        Assert.Equal(PlaybookCommands.UsageError, run.Code);
        Assert.Equal("playbook: there is no command 'bouw'; the commands are build, check, serve, rename, new, schema, help.", run.Error.Trim());
    }

    [Fact]
    public async Task A_usage_error_points_to_the_help_of_the_command_that_was_called()
    {
        var run = await RunAsync("build", "--nope");
        Assert.Equal(PlaybookCommands.UsageError, run.Code);
        Assert.Contains("Run 'playbook build --help' for usage.", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task A_successful_build_says_what_it_built_and_how_long_it_took()
    {
        using var site = TestSite.Minimal();
        var run = await BuildAsync(site);
        Assert.Equal(0, run.Code);
        Assert.Matches(@"^Built 13 pages \(\d+ files\) into .*output/ in \d+\.\d\d s\.$", run.Output.Trim());
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "index.html")));
    }

    [Fact]
    public async Task Diagnostics_go_to_stderr_and_the_result_to_stdout()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", CheckCommandTests.Silo);
        var run = await BuildAsync(site);
        Assert.Equal(PlaybookCommands.Success, run.Code);
        Assert.Contains("warning RACI011", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("RACI011", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("Built 13 pages", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_reports_its_errors_and_the_failure_on_stderr_only()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", CheckCommandTests.NoAccountable);
        var run = await BuildAsync(site);
        Assert.Equal(PlaybookCommands.Failed, run.Code);
        Assert.Equal(string.Empty, run.Output);
        Assert.Contains("error RACI", run.Error, StringComparison.Ordinal);
        Assert.Contains("Build failed: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quiet_prints_nothing_for_a_good_build_and_hides_warnings()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", CheckCommandTests.Silo);
        var run = await BuildAsync(site, "--quiet");
        Assert.Equal(PlaybookCommands.Success, run.Code);
        Assert.Equal(string.Empty, run.Output + run.Error);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "index.html")));
    }

    [Fact]
    public async Task Quiet_still_prints_errors_and_warnings_that_fail_a_strict_check()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", CheckCommandTests.Silo);
        var run = await RunAsync("check", "-q", "--strict", "--content", site.ContentDirectory, "--theme", TestSite.ThemeDirectory);
        Assert.Equal(PlaybookCommands.Failed, run.Code);
        Assert.Contains("warning RACI011", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Verbose_names_the_folders_and_the_slowest_steps_on_stderr()
    {
        using var site = TestSite.Minimal();
        var run = await RunAsync("check", "--verbose", "--content", site.ContentDirectory, "--theme", TestSite.ThemeDirectory);
        Assert.Equal(PlaybookCommands.Success, run.Code);
        Assert.Contains($"theme:   {TestSite.ThemeDirectory}", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"\d+ ms  html/\w+ \(\d+ documents\)", run.Error);
        Assert.StartsWith("Checked 13 pages", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_theme_folder_the_built_in_theme_builds_the_site()
    {
        using var site = TestSite.Minimal();
        var run = await RunAsync("build", "--verbose", "--content", site.ContentDirectory, "--output", site.OutputDirectory);
        Assert.Equal(PlaybookCommands.Success, run.Code);
        Assert.Matches(@"theme:   .*playbook[/\\]theme-[0-9a-f]{16}", run.Error);
        Assert.Contains("<link rel=\"stylesheet\"", File.ReadAllText(Path.Combine(site.OutputDirectory, "index.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "assets", "css", "site.css")));
    }

    private static Task<CliRun> BuildAsync(TestSite site, params string[] extra) =>
        RunAsync(["build", "--content", site.ContentDirectory, "--output", site.OutputDirectory, "--theme", TestSite.ThemeDirectory, .. extra]);

    internal static async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PlaybookCommands.CreateRoot().RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    internal sealed record CliRun(int Code, string Output, string Error);
}
