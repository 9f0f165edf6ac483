using Playbook.Build;
using Playbook.Diagnostics;
using Playbook.Output;
using Playbook.Tests.Support;

namespace Playbook.Tests.Output;

/// <summary>An output folder that would overwrite sources or foreign files is refused; file-system failures are PB007.</summary>
public sealed class OutputSafetyTests
{
    [Fact]
    public async Task Output_into_the_content_folder_is_refused_and_the_sources_stay()
    {
        using var site = TestSite.Minimal();
        var before = SiteSnapshot.Of(site.ContentDirectory);

        var result = await site.BuildAsync(o => o with { OutputDirectory = site.ContentDirectory });

        AssertUsageError(result, DiagnosticCodes.OutputOverlapsSource, "is the content folder");
        Assert.Equal(before, SiteSnapshot.Of(site.ContentDirectory));
    }

    [Fact]
    public async Task Output_inside_the_content_folder_is_refused()
    {
        using var site = TestSite.Minimal();
        var result = await site.BuildAsync(o => o with { OutputDirectory = Path.Combine(site.ContentDirectory, "site") });
        AssertUsageError(result, DiagnosticCodes.OutputOverlapsSource, "lies inside the content folder");
        Assert.False(Directory.Exists(Path.Combine(site.ContentDirectory, "site")));
    }

    [Fact]
    public async Task Output_that_contains_the_content_folder_is_refused()
    {
        using var site = TestSite.Minimal();
        var before = SiteSnapshot.Of(site.ContentDirectory);
        var result = await site.BuildAsync(o => o with { OutputDirectory = site.Root, Force = true });
        AssertUsageError(result, DiagnosticCodes.OutputOverlapsSource, "contains the content folder");
        Assert.Equal(before, SiteSnapshot.Of(site.ContentDirectory));
    }

    [Fact]
    public async Task Output_through_a_symbolic_link_to_the_content_folder_is_refused()
    {
        using var site = TestSite.Minimal();
        var link = Path.Combine(site.Root, "out");
        Directory.CreateSymbolicLink(link, site.ContentDirectory);
        var result = await site.BuildAsync(o => o with { OutputDirectory = link });
        AssertUsageError(result, DiagnosticCodes.OutputOverlapsSource, "is the content folder");
    }

    [Fact]
    public async Task Output_inside_the_theme_folder_is_refused()
    {
        using var site = TestSite.Minimal();
        var result = await site.BuildAsync(o => o with { OutputDirectory = Path.Combine(TestSite.ThemeDirectory, "assets", "site") });
        AssertUsageError(result, DiagnosticCodes.OutputOverlapsSource, "lies inside the theme folder");
        Assert.False(Directory.Exists(Path.Combine(TestSite.ThemeDirectory, "assets", "site")));
    }

    [Fact]
    public async Task A_foreign_non_empty_folder_is_kept_unless_forced()
    {
        using var site = TestSite.Minimal();
        Directory.CreateDirectory(site.OutputDirectory);
        File.WriteAllText(Path.Combine(site.OutputDirectory, "thesis.docx"), "years of work");

        var refused = await site.BuildAsync();
        AssertUsageError(refused, DiagnosticCodes.OutputNotOurs, "was not written by Playbook");
        Assert.Equal("years of work", File.ReadAllText(Path.Combine(site.OutputDirectory, "thesis.docx")));

        await site.BuildCleanAsync(o => o with { Force = true });
        Assert.False(File.Exists(Path.Combine(site.OutputDirectory, "thesis.docx")));
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, OutputMarker.FileName)));
    }

    [Fact]
    public async Task An_empty_folder_and_an_earlier_site_are_replaced_without_force()
    {
        using var site = TestSite.Minimal();
        Directory.CreateDirectory(site.OutputDirectory);
        await site.BuildCleanAsync();
        await site.BuildCleanAsync();
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, OutputMarker.FileName)));
        SiteSnapshot.AssertNoLeftovers(site.OutputDirectory);
    }

    [Fact]
    public async Task An_output_path_that_is_a_file_is_PB007_and_the_file_stays()
    {
        using var site = TestSite.Minimal();
        File.WriteAllText(site.OutputDirectory, "notes");
        var result = await site.BuildAsync();
        AssertFailure(result, DiagnosticCodes.OutputError, "is a file");
        Assert.Equal("notes", File.ReadAllText(site.OutputDirectory));
        SiteSnapshot.AssertNoLeftovers(site.OutputDirectory);
    }

    [Fact]
    public async Task An_output_whose_parent_is_a_file_is_PB007()
    {
        using var site = TestSite.Minimal();
        var parent = Path.Combine(site.Root, "parent");
        File.WriteAllText(parent, "notes");
        var output = Path.Combine(parent, "site");
        var result = await site.BuildAsync(o => o with { OutputDirectory = output });
        AssertFailure(result, DiagnosticCodes.OutputError, "is a file");
        Assert.Equal("notes", File.ReadAllText(parent));
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_is_PB007()
    {
        using var site = TestSite.Minimal();
        var result = await site.BuildAsync(o => o with { OutputDirectory = "/proc/playbook-" + Guid.NewGuid().ToString("N") });
        AssertFailure(result, DiagnosticCodes.OutputError, "could not write the site");
    }

    [Fact]
    public async Task A_stale_lock_of_a_dead_process_is_taken_over()
    {
        using var site = TestSite.Minimal();
        File.WriteAllText(OutputLock.PathFor(site.OutputDirectory), DeadProcessId().ToString(System.Globalization.CultureInfo.InvariantCulture));
        await site.BuildCleanAsync(o => o with { LockTimeout = TimeSpan.FromSeconds(5) });
        Assert.False(File.Exists(OutputLock.PathFor(site.OutputDirectory)));
    }

    [Fact]
    public async Task A_lock_held_by_a_live_build_makes_the_second_build_wait_then_fail_with_PB012()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var before = SiteSnapshot.Of(site.OutputDirectory);
        File.WriteAllText(OutputLock.PathFor(site.OutputDirectory), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var result = await site.BuildAsync(o => o with { LockTimeout = TimeSpan.FromMilliseconds(300) });

        AssertFailure(result, DiagnosticCodes.OutputLocked, $"process {Environment.ProcessId}");
        Assert.Equal(before, SiteSnapshot.Of(site.OutputDirectory));
        File.Delete(OutputLock.PathFor(site.OutputDirectory));
    }

    private static int DeadProcessId()
    {
        using var process = System.Diagnostics.Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private static void AssertUsageError(BuildResult result, string code, string message)
    {
        AssertFailure(result, code, message);
        Assert.True(result.IsUsageError);
    }

    private static void AssertFailure(BuildResult result, string code, string message)
    {
        Assert.False(result.Succeeded);
        var first = Assert.Single(result.Diagnostics);
        Assert.Equal(code, first.Code);
        Assert.Contains(message, first.Message, StringComparison.Ordinal);
    }
}
