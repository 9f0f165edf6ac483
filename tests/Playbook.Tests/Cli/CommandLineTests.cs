using Playbook.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>The command line a newcomer meets: help, version, a successful build's report, exit codes.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Version_prints_the_version()
    {
        var (code, output) = await RunAsync("--version");
        Assert.Equal(0, code);
        Assert.Equal("0.1.0", output.Trim());
    }

    [Fact]
    public async Task Help_lists_the_build_command_and_its_options()
    {
        var (code, output) = await RunAsync("build", "--help");
        Assert.Equal(0, code);
        foreach (var option in new[] { "--content", "--theme", "--output", "--base-url", "--base-path", "--strict" })
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task No_command_is_a_usage_error()
    {
        var (code, output) = await RunAsync();
        Assert.Equal(PlaybookCommands.UsageError, code);
        Assert.Contains("playbook --help", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_successful_build_says_what_it_built_and_how_long_it_took()
    {
        using var site = TestSite.Minimal();
        var (code, output) = await RunAsync("build", "--content", site.ContentDirectory, "--output", site.OutputDirectory, "--theme", TestSite.ThemeDirectory);
        Assert.Equal(0, code);
        Assert.Matches(@"^Built 13 pages \(\d+ files\) into .*output/ in \d+\.\d\d s\.$", output.Trim());
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "index.html")));
    }

    private static async Task<(int Code, string Output)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PlaybookCommands.CreateRoot().RunAsync(args, output, error);
        return (code, output.ToString() + error);
    }
}
