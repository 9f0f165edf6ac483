using Playbook.Build;
using Playbook.Output;
using Playbook.Tests.Support;

namespace Playbook.Tests.Output;

/// <summary>
/// A full build writes each page into its staging folder as soon as it is laid out and reads it back for the checks;
/// a build that keeps every page in memory until the output phase (the preview's way) must write the same site and
/// report the same problems, and a full build that fails after writing pages must leave the previous site as it was.
/// </summary>
public sealed class StreamedPagesTests
{
    private const string Settings = "title: Testplaybook\nbaseUrl: https://playbook.test\nrules:\n  spelling:\n    dictionary: nl_NL\n";

    [Fact]
    public async Task The_sample_playbook_streamed_is_byte_identical_to_the_sample_playbook_kept_in_memory()
    {
        var root = Path.Combine(Path.GetTempPath(), "playbook-streamed-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new BuildOptions
            {
                ContentDirectory = SamplePlaybook.ContentDirectory,
                ThemeDirectory = TestSite.ThemeDirectory,
                DisplayBase = TestSite.RepositoryRoot,
                Today = new DateOnly(2026, 11, 28),
            };
            var streamed = await SiteBuilder.BuildAsync(options with { OutputDirectory = Path.Combine(root, "streamed") });
            var inMemory = await SiteBuilder.BuildAsync(options with { OutputDirectory = Path.Combine(root, "in-memory") }, new OutputPhase(Path.Combine(root, "in-memory")), CancellationToken.None);

            Assert.True(streamed.Succeeded, string.Join('\n', streamed.Diagnostics));
            Assert.Equal(inMemory.Diagnostics.Select(d => d.ToString()), streamed.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(inMemory.Files, streamed.Files);
            var files = SiteSnapshot.Of(Path.Combine(root, "streamed"));
            Assert.True(files.Count > 100, $"only {files.Count} files");
            Assert.Equal(SiteSnapshot.Of(Path.Combine(root, "in-memory")), files);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Link_and_spelling_problems_of_written_pages_are_reported_where_the_editor_wrote_them()
    {
        Requirements.DutchHunspell();
        using var site = TestSite.Minimal()
            .Write("playbook.yml", Settings)
            .Write("waarom.md", "---\ntitle: Waarom\norder: 1\n---\nWij luisteren naar inwoners en comunicatie.\n\nZie [de rol](rollen/contentspecialist.md#bestaat-niet).\n");

        var streamed = await site.BuildAsync();
        var inMemory = await SiteBuilder.BuildAsync(site.Options(), new OutputPhase(site.OutputDirectory), CancellationToken.None);

        Assert.Contains(streamed.Diagnostics, d => d.Code == "SPL001" && d.Message.Contains("comunicatie", StringComparison.Ordinal) && d.Location.ToString() == "content/waarom.md:5:32");
        Assert.Contains(streamed.Diagnostics, d => d.Location.ToString().StartsWith("content/waarom.md:7:", StringComparison.Ordinal) && d.Message.Contains("bestaat-niet", StringComparison.Ordinal));
        Assert.Equal(inMemory.Diagnostics.Select(d => d.ToString()), streamed.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task A_build_whose_checks_fail_after_its_pages_were_written_keeps_the_previous_site()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var before = SiteSnapshot.Of(site.OutputDirectory);

        site.Write("waarom.md", "---\ntitle: Nieuwe titel\norder: 1\n---\nZie [de rol](rollen/contentspecialist.md#bestaat-niet).\n");
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Location.ToString().StartsWith("content/waarom.md:5:", StringComparison.Ordinal));
        Assert.Equal(before, SiteSnapshot.Of(site.OutputDirectory));
        SiteSnapshot.AssertNoLeftovers(site.OutputDirectory);
    }
}
