using Playbook.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.ContentSuite;

/// <summary>
/// THE content test: the shipped playbook passes 'playbook check --strict' (RACI rules, links, the rules and spelling
/// of content/playbook.yml). When it fails, the message is the checker's, with file:line and what to do.
/// </summary>
public sealed class ShippedPlaybookPassesCheck
{
    [Fact]
    public async Task The_shipped_playbook_passes_check_strict()
    {
        Requirements.DutchHunspell();
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PlaybookCommands.CreateRoot().RunAsync(
            ["check", "--strict", "--content", ShippedPlaybook.ContentDirectory, "--theme", TestSite.ThemeDirectory], output, error);
        Assert.True(code == PlaybookCommands.Success, $"{error}{output}");
        Assert.Matches(@"^Checked \d+ pages in \d+\.\d\d s: no problems\.$", output.ToString().Trim());
    }
}
