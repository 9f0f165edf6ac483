using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Profiles;

/// <summary>The benchmark's switch that leaves the HR downloads out keeps the rest of the build as it is, links included.</summary>
public sealed class DownloadSwitchTests
{
    [Fact]
    public async Task Without_downloads_the_files_are_empty_and_every_link_to_them_still_resolves()
    {
        using var site = TestSite.Minimal();

        var result = await site.BuildAsync(o => o with { RoleDownloads = false });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is DiagnosticCodes.BrokenLink);
        var docx = Path.Combine(site.OutputDirectory, "rollen", "contentspecialist", "functieprofiel-contentspecialist.docx");
        Assert.Equal(0, new FileInfo(docx).Length);

        var full = await site.BuildAsync();
        Assert.True(full.Succeeded);
        Assert.True(new FileInfo(docx).Length > 1000);
    }
}
