using System.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Delivery;

/// <summary>What .ci/netlify-build runs on Netlify (its DRY_RUN mode prints the commands): addresses, --strict, the pinned SDK installer.</summary>
public sealed class NetlifyBuildTests
{
    private const string Tool = "dotnet src/Playbook.Cli/bin/Release/net10.0/playbook.dll build";

    [Fact]
    public async Task Production_builds_for_the_sites_own_address_with_strict()
    {
        var commands = await DryRunAsync(("CONTEXT", "production"), ("URL", "https://playbook.voorbeeldstad.nl"), ("DEPLOY_PRIME_URL", "https://main--playbook.netlify.app"));
        Assert.Equal($"+ {Tool} --base-url https://playbook.voorbeeldstad.nl --strict", commands[^1]);
    }

    [Fact]
    public async Task A_deploy_preview_builds_for_its_own_address_without_strict()
    {
        var commands = await DryRunAsync(("CONTEXT", "deploy-preview"), ("URL", "https://playbook.voorbeeldstad.nl"), ("DEPLOY_PRIME_URL", "https://deploy-preview-7--playbook.netlify.app"));
        Assert.Equal($"+ {Tool} --base-url https://deploy-preview-7--playbook.netlify.app", commands[^1]);
    }

    [Fact]
    public async Task The_SDK_comes_from_global_json_with_a_pinned_installer_and_the_tool_builds_without_analyzer_errors()
    {
        var commands = await DryRunAsync(("CONTEXT", "production"), ("URL", "https://x.example"));
        Assert.Matches(@"^\+ curl -sSfL https://\S+/dotnet/install-scripts/[0-9a-f]{40}/src/dotnet-install\.sh ", commands[0]);
        Assert.Matches(@"^\+ bash /tmp/dotnet-install\.sh --jsonfile global\.json --install-dir \S+/\.netlify-cache/dotnet$", commands[1]);
        Assert.Equal("+ dotnet build src/Playbook.Cli -c Release -p:TreatWarningsAsErrors=false -p:RunAnalyzers=false -p:EnforceCodeStyleInBuild=false", commands[2]);
        var script = await File.ReadAllTextAsync(Path.Combine(TestSite.RepositoryRoot, ".ci", "netlify-build"));
        Assert.Matches(@"installer_sha256=[0-9a-f]{64}\n", script);
        Assert.Contains("sha256sum -c", script, StringComparison.Ordinal);
        var netlify = await File.ReadAllTextAsync(Path.Combine(TestSite.RepositoryRoot, "netlify.toml"));
        Assert.Contains("paths = [\".netlify-cache\"]", netlify, StringComparison.Ordinal);
    }

    private static async Task<string[]> DryRunAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(TestSite.RepositoryRoot, ".ci", "netlify-build")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DRY_RUN"] = "1";
        start.Environment.Remove("CONTEXT");
        start.Environment.Remove("URL");
        start.Environment.Remove("DEPLOY_PRIME_URL");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
