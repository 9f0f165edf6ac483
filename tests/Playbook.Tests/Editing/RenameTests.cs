using Playbook.Cli;
using Playbook.Diagnostics;
using Playbook.Tests.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.Editing;

/// <summary>'playbook rename' updates every kind of reference in place, moves the file, and the old URL redirects.</summary>
public sealed class RenameTests : IDisposable
{
    private readonly TestSite _site = WithEveryReference();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Renaming_a_role_updates_every_reference_keeps_formatting_and_the_old_url_redirects()
    {
        var before = ReadAll();

        var run = await Rename("role", "klantcontactcentrum", "kcc");

        Assert.Equal(PlaybookCommands.Success, run.Code);
        Assert.Contains("/rollen/klantcontactcentrum/ now redirects to /rollen/kcc/", run.Output, StringComparison.Ordinal);
        var after = ReadAll();
        Assert.False(after.ContainsKey("rollen/klantcontactcentrum.md"));

        // Every other occurrence of the id in the fixture is a reference, so each file must read exactly as before with
        // the id replaced: comments, quotes, flow and block lists, and the letters all stay as written.
        foreach (var (file, text) in before.Where(f => f.Key != "rollen/klantcontactcentrum.md"))
        {
            Assert.Equal(text.Replace("klantcontactcentrum", "kcc", StringComparison.Ordinal), after[file]);
        }

        Assert.Equal(
            before["rollen/klantcontactcentrum.md"].Replace("kanalen.\n---", "kanalen.\naliases: [/rollen/klantcontactcentrum/]  # old URLs that redirect here\n---", StringComparison.Ordinal),
            after["rollen/kcc.md"]);

        await _site.BuildCleanAsync();
        AssertRedirects("/rollen/klantcontactcentrum/", "/rollen/kcc/");
    }

    [Fact]
    public async Task Renaming_a_matrix_updates_the_example_links_and_diagram_fences()
    {
        var run = await Rename("matrix", "webcare", "sociale-media");

        Assert.Equal(PlaybookCommands.Success, run.Code);
        Assert.Contains("matrix: sociale-media", Read("voorbeelden/parkeren.md"), StringComparison.Ordinal);
        Assert.Contains("[webcare](raci/sociale-media.yml#toon-bepalen)", Read("index.md"), StringComparison.Ordinal);
        Assert.Contains("```raci sociale-media roles=contentspecialist,klantcontactcentrum", Read("over/team.md"), StringComparison.Ordinal);
        Assert.StartsWith("title: Webcare\naliases: [/raci/webcare/]", Read("raci/sociale-media.yml"), StringComparison.Ordinal);
        await _site.BuildCleanAsync();
        AssertRedirects("/raci/webcare/", "/raci/sociale-media/");
    }

    [Fact]
    public async Task Renaming_an_example_updates_the_matrix_and_swimlane_and_keeps_existing_aliases()
    {
        var run = await Rename("example", "parkeren", "kenteken-parkeren");

        Assert.Equal(PlaybookCommands.Success, run.Code);
        Assert.Contains("example: kenteken-parkeren  # het voorbeeld bij deze matrix", Read("raci/webcare.yml"), StringComparison.Ordinal);
        Assert.Contains("```swimlane kenteken-parkeren", Read("over/team.md"), StringComparison.Ordinal);
        Assert.Contains("aliases:\n  - /parkeren/\n  - /voorbeelden/parkeren/\n", Read("voorbeelden/kenteken-parkeren.md"), StringComparison.Ordinal);
        await _site.BuildCleanAsync();
        AssertRedirects("/voorbeelden/parkeren/", "/voorbeelden/kenteken-parkeren/");
        AssertRedirects("/parkeren/", "/voorbeelden/kenteken-parkeren/");
    }

    [Fact]
    public async Task Moving_a_page_to_another_folder_rewrites_links_to_it_and_its_own_relative_links()
    {
        var run = await Rename("page", "waarom.md", "over/waarom.md");

        Assert.Equal(PlaybookCommands.Success, run.Code);
        Assert.Contains("[waarom](over/waarom.md)", Read("index.md"), StringComparison.Ordinal);
        Assert.Contains("[waarom](waarom.md#van-zenden-naar-luisteren)", Read("over/team.md"), StringComparison.Ordinal);
        var moved = Read("over/waarom.md");
        Assert.Contains("[het voorbeeld](../voorbeelden/parkeren.md)", moved, StringComparison.Ordinal);
        Assert.Contains("[de rol](role:klantcontactcentrum)", moved, StringComparison.Ordinal);
        await _site.BuildCleanAsync();
        AssertRedirects("/waarom/", "/over/waarom/");
    }

    [Fact]
    public async Task After_a_rename_an_old_id_gets_the_new_id_as_hint_never_add_the_old_file()
    {
        await Rename("role", "klantcontactcentrum", "kcc");
        _site.Write("raci/nieuw.yml", """
            title: Nieuw
            activities:
              - id: iets
                title: Iets doen
                raci:
                  klantcontactcentrum: AR
            """);

        var result = await _site.BuildAsync();

        var unknown = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownRole);
        Assert.Equal("'klantcontactcentrum' was renamed to 'kcc': write 'kcc'", unknown.Hint);
    }

    [Fact]
    public async Task An_unknown_old_id_or_an_existing_new_name_changes_nothing()
    {
        var before = ReadAll();

        var missing = await Rename("role", "contentspecialis", "x");
        var taken = await Rename("role", "contentspecialist", "klantcontactcentrum");
        var invalid = await Rename("role", "contentspecialist", "Content Specialist");

        Assert.Equal(PlaybookCommands.Failed, missing.Code);
        Assert.Contains("REN001: there is no role 'contentspecialis' to rename (did you mean 'contentspecialist'?)", missing.Error, StringComparison.Ordinal);
        Assert.Equal(PlaybookCommands.Failed, taken.Code);
        Assert.Contains("REN002", taken.Error, StringComparison.Ordinal);
        Assert.Equal(PlaybookCommands.Failed, invalid.Code);
        Assert.Contains("SCH005", invalid.Error, StringComparison.Ordinal);
        Assert.Equal(before, ReadAll());
    }

    /// <summary>The minimal site plus every kind of reference: matrix cells and roles:, contacts, steps, links, id links, reference links, fences, aliases.</summary>
    private static TestSite WithEveryReference()
    {
        var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", """
            title: Webcare
            summary: Vragen via sociale media.
            example: parkeren  # het voorbeeld bij deze matrix
            roles: [contentspecialist, klantcontactcentrum]
            activities:
              - id: vragen-beantwoorden
                title: Vragen beantwoorden
                basis: source
                raci:
                  # het KCC doet het werk
                  klantcontactcentrum: AR
                  contentspecialist: C
              - id: toon-bepalen
                title: Toon van stem bepalen
                raci: { contentspecialist: AR, "klantcontactcentrum": CI }
            """);
        site.Write("voorbeelden/parkeren.md", """
            ---
            title: Parkeren
            summary: Een dienst voor parkeren.
            matrix: webcare
            aliases:
              - /parkeren/
            steps:
              - role: contentspecialist
                action: Schrijft de teksten.
                with:
                  - klantcontactcentrum
              - role: 'klantcontactcentrum'
                action: Beantwoordt vragen.
                with: klantcontactcentrum
            ---
            Uitleg.
            """);
        site.Write("index.md", """
            ---
            title: Welkom
            ---
            Lees over [webcare](raci/webcare.yml#toon-bepalen), [waarom](waarom.md) en het [KCC][kcc].

            [kcc]: rollen/klantcontactcentrum.md "Het KCC"
            """);
        site.Write("over/team.md", """
            ---
            title: Team
            ---
            Zie [waarom](../waarom.md#van-zenden-naar-luisteren) en het [KCC](../rollen/klantcontactcentrum.md#top).

            ```raci webcare roles=contentspecialist,klantcontactcentrum
            ```

            ```swimlane parkeren
            ```

            ```network klantcontactcentrum
            ```
            """);
        site.Write("rollen/klantcontactcentrum.md", """
            ---
            title: Klantcontactcentrum
            kind: context
            summary: Beantwoordt vragen via alle kanalen.
            ---
            Het KCC.
            """);
        return site;
    }

    private Task<CommandLineTests.CliRun> Rename(string kind, string oldName, string newName) =>
        CommandLineTests.RunAsync("rename", kind, oldName, newName, "--content", _site.ContentDirectory);

    private void AssertRedirects(string oldUrl, string newUrl)
    {
        var page = _site.Page(oldUrl);
        Assert.Equal($"0; url={newUrl}", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal(newUrl, page.QuerySelector("a")?.GetAttribute("href"));
        Assert.Contains($"{oldUrl} {newUrl} 301!\n", _site.OutputFile("_redirects"), StringComparison.Ordinal);
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(_site.ContentDirectory, relative));

    private Dictionary<string, string> ReadAll() =>
        Directory.EnumerateFiles(_site.ContentDirectory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_site.ContentDirectory, f).Replace('\\', '/'), File.ReadAllText);
}
