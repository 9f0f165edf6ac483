using Playbook.Content;
using Playbook.Tests.Support;

namespace Playbook.Tests.Build;

/// <summary>The content folders are named in one place: rename them there and reading, URLs, overviews and links follow.</summary>
public sealed class ContentFolderTests
{
    private static readonly ContentFolders Renamed = new(
        ContentFolders.Default.Roles with { Name = "mensen" },
        ContentFolders.Default.Matrices with { Name = "matrices" },
        ContentFolders.Default.Examples with { Name = "casussen" });

    [Fact]
    public async Task Renamed_folders_are_read_and_linked_under_their_new_names()
    {
        using var site = new TestSite();
        site.Write("playbook.yml", "title: Testplaybook\n");
        site.Write("index.md", "---\ntitle: Welkom\n---\nDe [redacteur](mensen/redacteur.md), [webcare](matrix:webcare) en [het voorbeeld](example:parkeren).\n");
        site.Write("mensen/redacteur.md", "---\ntitle: Redacteur\nkind: context\nsummary: Schrijft.\n---\nTekst.\n");
        site.Write("mensen/kcc.md", "---\ntitle: KCC\nkind: context\nsummary: Antwoordt.\n---\nTekst.\n");
        site.Write("matrices/webcare.yml", """
            title: Webcare
            example: parkeren
            activities:
              - id: beantwoorden
                title: Vragen beantwoorden
                raci:
                  kcc: AR
                  redacteur: C
            """);
        site.Write("casussen/parkeren.md", "---\ntitle: Parkeren\nmatrix: webcare\nsteps:\n  - role: redacteur\n    action: Schrijft.\n---\nUitleg.\n");

        await site.BuildCleanAsync(o => o with { Folders = Renamed });

        var home = site.Page("/").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/mensen/redacteur/", home);
        Assert.Contains("/matrices/webcare/", home);
        Assert.Contains("/casussen/parkeren/", home);
        Assert.Equal("Redacteur", site.Page("/mensen/redacteur/").QuerySelector("main h1")?.TextContent);
        Assert.Contains(site.Page("/matrices/webcare/").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/mensen/kcc/");
        Assert.Contains(site.Page("/matrices/webcare/").QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/casussen/parkeren/");
        Assert.NotNull(site.Page("/mensen/").QuerySelector("main h1"));
        Assert.False(Directory.Exists(Path.Combine(site.OutputDirectory, "rollen")));
    }

    [Fact]
    public async Task A_file_left_in_the_old_folder_is_a_plain_page_and_an_unknown_role_names_the_new_folder()
    {
        using var site = new TestSite();
        site.Write("playbook.yml", "title: Testplaybook\n");
        site.Write("index.md", "---\ntitle: Welkom\n---\nTekst.\n");
        site.Write("rollen/oud.md", "---\ntitle: Oud\n---\nTekst.\n");
        site.Write("casussen/parkeren.md", "---\ntitle: Parkeren\nsteps:\n  - role: redacteur\n    action: Schrijft.\n---\nUitleg.\n");

        var result = await site.BuildAsync(o => o with { Folders = Renamed });

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == Playbook.Diagnostics.DiagnosticCodes.UnknownContentId);
        Assert.Contains("content/mensen/redacteur.md", unknown.Hint, StringComparison.Ordinal);
        Assert.Null(result.Catalog!.FindRole("oud"));
    }
}
