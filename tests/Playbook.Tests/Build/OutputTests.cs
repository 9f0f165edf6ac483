using Playbook.Tests.Support;

namespace Playbook.Tests.Build;

/// <summary>Output is deterministic and replaced atomically: a failed build never touches the previous site.</summary>
public sealed class OutputTests
{
    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var first = SiteSnapshot.Of(site.OutputDirectory);
        await site.BuildCleanAsync();
        var second = SiteSnapshot.Of(site.OutputDirectory);
        Assert.True(first.Count > 10);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task A_failing_build_keeps_the_previous_output_and_leaves_no_staging_folder()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var before = SiteSnapshot.Of(site.OutputDirectory);

        site.Write("waarom.md", "---\ntitle: [unclosed\n---\nTekst");
        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(before, SiteSnapshot.Of(site.OutputDirectory));
        SiteSnapshot.AssertNoLeftovers(site.OutputDirectory);
    }

    [Fact]
    public async Task A_successful_build_replaces_the_output_and_removes_stale_files()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        site.Delete("waarom.md");
        await site.BuildCleanAsync();
        Assert.False(File.Exists(Path.Combine(site.OutputDirectory, "waarom", "index.html")));
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "index.html")));
    }

    [Fact]
    public async Task Replacing_a_site_removes_the_old_one_without_entering_links_out_of_it()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var kept = Path.Combine(site.Root, "bewaren");
        Directory.CreateDirectory(kept);
        File.WriteAllText(Path.Combine(kept, "notities.txt"), "niet weggooien");
        Directory.CreateSymbolicLink(Path.Combine(site.OutputDirectory, "rollen", "koppeling"), kept);
        Directory.CreateSymbolicLink(Path.Combine(site.OutputDirectory, "koppeling"), kept);

        await site.BuildCleanAsync();

        Assert.Equal("niet weggooien", File.ReadAllText(Path.Combine(kept, "notities.txt")));
        Assert.False(Path.Exists(Path.Combine(site.OutputDirectory, "koppeling")));
        Assert.False(Path.Exists(Path.Combine(site.OutputDirectory, "rollen", "koppeling")));
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "rollen", "contentspecialist", "index.html")));
        SiteSnapshot.AssertNoLeftovers(site.OutputDirectory);
    }

    [Fact]
    public async Task Base_path_prefixes_every_internal_link()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync(o => o with { BasePath = "/playbook" });
        var page = site.Page("/rollen/contentspecialist/");
        var internalLinks = page.QuerySelectorAll("a[href^='/'], link[href^='/'], script[src^='/']")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .ToList();
        Assert.NotEmpty(internalLinks);
        Assert.All(internalLinks, href => Assert.StartsWith("/playbook/", href, StringComparison.Ordinal));
        Assert.Contains("<loc>https://playbook.test/playbook/</loc>", site.OutputFile("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_page_requests_anything_from_another_host()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        foreach (var file in Directory.GetFiles(site.OutputDirectory, "*.html", SearchOption.AllDirectories))
        {
            var page = site.Page(Path.GetRelativePath(site.OutputDirectory, file).Replace('\\', '/'));
            var loads = page.QuerySelectorAll("script[src], link[href], img[src], iframe, source[src]")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? string.Empty);
            Assert.All(loads, url => Assert.StartsWith("/", url, StringComparison.Ordinal));
            Assert.DoesNotContain("//", string.Concat(loads.Select(u => u.TrimStart('/').Length > 0 && u.StartsWith("//", StringComparison.Ordinal) ? u : string.Empty)), StringComparison.Ordinal);
        }
    }
}
