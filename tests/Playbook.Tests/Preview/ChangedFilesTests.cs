using Playbook.Build;
using Playbook.Preview;
using Playbook.Tests.Support;

namespace Playbook.Tests.Preview;

/// <summary>
/// A save looks only at the files the watcher reported (<see cref="ChangeSet"/>): the walk of content/, the other
/// files' versions and the configuration are kept. After every kind of edit, told only its changed paths, the
/// preview still writes and reports exactly what a clean build does.
/// </summary>
public sealed class ChangedFilesTests
{
    [Fact]
    public async Task Told_only_the_changed_paths_the_preview_equals_a_clean_build_after_every_kind_of_edit()
    {
        using var site = TestSite.Minimal();
        using var cache = new BuildCache(site.OutputDirectory);
        await AssertSameAsCleanAsync(site, cache, ChangeSet.Everything, "the first build");

        var edits = new (string Name, Func<string[]> Edit)[]
        {
            ("page body", () => Save(site, "waarom.md", "---\ntitle: Waarom\norder: 1\n---\nNieuwe tekst over [de rol](rollen/contentspecialist.md).")),
            ("front matter title and order", () => Save(site, "waarom.md", "---\ntitle: Waarom zo\norder: 3\n---\nNieuwe tekst.")),
            ("two files in one quiet period", () => [.. Save(site, "index.md", "---\ntitle: Welkom terug\n---\nZie [de rol](rollen/contentspecialist.md)."), .. Replace(site, "raci/webcare.yml", "contentspecialist: C\n", "contentspecialist: I\n")]),
            ("renamed page", () => Move(site, "waarom.md", "redenen.md")),
            ("image in a new folder", () => Bytes(site, "aanpak/schema.png", [0x89, 0x50, 0x4E, 0x47])),
            ("new page that shows it", () => Save(site, "aanpak/werkwijze.md", "---\ntitle: Werkwijze\n---\nZie [redenen](../redenen.md) en ![Het schema](schema.png).")),
            ("image replaced", () => Bytes(site, "aanpak/schema.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A])),
            ("folder moved (one event, for the folder)", () => MoveFolder(site, "aanpak", "werk")),
            ("playbook.yml", () => Replace(site, "playbook.yml", "title: Testplaybook", "title: Ons playbook")),
            ("temporary file that came and went", () => Temporary(site, "4913")),
            ("deleted page", () => Delete(site, "redenen.md")),
            ("deleted folder", () => DeleteFolder(site, "werk")),
        };

        foreach (var (name, edit) in edits)
        {
            var paths = edit();
            await AssertSameAsCleanAsync(site, cache, ChangeSet.Of(paths, []), $"the {name} edit");
        }
    }

    [Fact]
    public async Task A_body_edit_reported_by_path_asks_about_no_other_file()
    {
        using var site = TestSite.Minimal();
        using var cache = new BuildCache(site.OutputDirectory);
        await SiteBuilder.BuildAsync(site.Options(), cache, CancellationToken.None);

        // Another file changes without the watcher telling: the save keeps its last version (it asks about the reported one only).
        File.AppendAllText(Path.Combine(site.ContentDirectory, "index.md"), "Niet gemeld.\n");
        var paths = Save(site, "waarom.md", "---\ntitle: Waarom\norder: 1\n---\nGemelde tekst.");
        await SiteBuilder.BuildAsync(site.Options(), cache, ChangeSet.Of(paths, []), CancellationToken.None);

        Assert.Contains("Gemelde tekst.", site.OutputFile("waarom/index.html"), StringComparison.Ordinal);
        Assert.DoesNotContain("Niet gemeld.", site.OutputFile("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_watchers_paths_become_one_change_set_per_build()
    {
        var root = Path.Combine(Path.GetTempPath(), "content");
        var theme = Path.Combine(Path.GetTempPath(), "theme");
        var changes = new WatchedChanges();
        Assert.True(changes.Take().IsEverything);

        changes.Add(root, theme: false, [Path.Combine(root, "waarom.md")]);
        changes.Add(root, theme: false, [Path.Combine(root, "oud.md"), Path.Combine(root, "rollen", "nieuw.md")]);
        changes.Add(root, theme: false, [Path.Combine(root, ".waarom.md.swp")]);
        changes.Add(theme, theme: true, [Path.Combine(theme, "layouts", "page.liquid")]);
        var taken = changes.Take();
        Assert.False(taken.IsEverything);
        Assert.Equal(["oud.md", "rollen/nieuw.md", "waarom.md"], taken.Content.Order(StringComparer.Ordinal));
        Assert.Equal(["layouts/page.liquid"], taken.Theme);
        Assert.Empty(changes.Take().Content);

        // A watcher that lost track (an overflow) has no paths: the next build looks at everything.
        changes.Add(root, theme: false, []);
        Assert.True(changes.Take().IsEverything);
    }

    private static async Task AssertSameAsCleanAsync(TestSite site, BuildCache cache, ChangeSet changes, string after)
    {
        var preview = await SiteBuilder.BuildAsync(site.Options(), cache, changes, CancellationToken.None);
        var cleanFolder = Path.Combine(site.Root, "clean");
        var clean = await site.BuildAsync(o => o with { OutputDirectory = cleanFolder });

        Assert.Equal(clean.Diagnostics.Select(d => d.ToString()), preview.Diagnostics.Select(d => d.ToString()));
        if (!clean.Succeeded)
        {
            return;
        }

        var (expected, actual) = (SiteSnapshot.Of(cleanFolder), SiteSnapshot.Of(site.OutputDirectory));
        var differing = expected.Keys.Union(actual.Keys).Where(k => expected.GetValueOrDefault(k) != actual.GetValueOrDefault(k)).Take(10).ToList();
        Assert.True(differing.Count == 0, $"after {after} the preview's folder differs from a clean build in: {string.Join(", ", differing)}");
    }

    private static string[] Save(TestSite site, string relative, string text)
    {
        site.Write(relative, text);
        return [relative];
    }

    private static string[] Bytes(TestSite site, string relative, byte[] bytes)
    {
        site.WriteBytes(relative, bytes);
        return [relative];
    }

    private static string[] Replace(TestSite site, string relative, string from, string to)
    {
        var path = Path.Combine(site.ContentDirectory, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return [relative];
    }

    private static string[] Move(TestSite site, string from, string to)
    {
        File.Move(Path.Combine(site.ContentDirectory, from), Path.Combine(site.ContentDirectory, to));
        return [from, to];
    }

    private static string[] MoveFolder(TestSite site, string from, string to)
    {
        Directory.Move(Path.Combine(site.ContentDirectory, from), Path.Combine(site.ContentDirectory, to));
        return [from, to];
    }

    private static string[] Temporary(TestSite site, string relative)
    {
        site.Write(relative, "x");
        site.Delete(relative);
        return [relative];
    }

    private static string[] Delete(TestSite site, string relative)
    {
        site.Delete(relative);
        return [relative];
    }

    private static string[] DeleteFolder(TestSite site, string relative)
    {
        Directory.Delete(Path.Combine(site.ContentDirectory, relative), recursive: true);
        return [relative];
    }
}
