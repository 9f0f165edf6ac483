using System.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Cli;

/// <summary>
/// 'dotnet pack' makes a dotnet tool named playbook that editors and CI install; installed, it builds a playbook from
/// any folder with the theme inside the tool.
/// </summary>
public sealed class PackagedToolTests : IDisposable
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private readonly string _root = Path.Combine(Path.GetTempPath(), "playbook-tool-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task The_installed_tool_builds_a_content_folder_anywhere_with_its_built_in_theme()
    {
        var project = Path.Combine(TestSite.RepositoryRoot, "src", "Playbook.Cli");
        var pack = await RunAsync("dotnet", ["pack", project, "--no-build", "-c", Configuration, "-o", Path.Combine(_root, "pack")], _root);
        Assert.True(pack.Code == 0, pack.Output);
        var install = await RunAsync("dotnet", ["tool", "install", "--tool-path", Path.Combine(_root, "tool"), "--add-source", Path.Combine(_root, "pack"), "--ignore-failed-sources", "Playbook.Cli"], _root);
        Assert.True(install.Code == 0, install.Output);

        // A folder with only content/: no themes/ here or beside it.
        var site = Path.Combine(_root, "site");
        Folders.Copy(SamplePlaybook.ContentDirectory, Path.Combine(site, "content"));
        var build = await RunAsync(Path.Combine(_root, "tool", "playbook"), ["build", "--verbose"], site);
        Assert.True(build.Code == 0, build.Output);
        Assert.Matches(@"(?m)^Built \d+ pages \(\d+ files\) into output/ in \d+\.\d\d s\.$", build.Output);
        Assert.Contains(Path.Combine(_root, "data", "playbook", "theme-"), build.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, "output", "assets", "css", "site.css")));
        Assert.Contains("assets/css/site.css", File.ReadAllText(Path.Combine(site, "output", "index.html")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<(int Code, string Output)> RunAsync(string program, string[] arguments, string workingDirectory)
    {
        Directory.CreateDirectory(workingDirectory);
        var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };

        // The extracted theme goes to this test's folder, not the user's ~/.local/share.
        start.Environment["XDG_DATA_HOME"] = Path.Combine(_root, "data");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
