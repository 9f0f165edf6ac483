using Playbook.Cli;
using Playbook.Diagnostics;
using Playbook.Tests.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.Editing;

/// <summary>'playbook new' writes a file with every field and a Dutch comment per field that builds clean.</summary>
public sealed class NewTests : IDisposable
{
    private readonly TestSite _site = TestSite.Minimal();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("role", "online-marketeer", "rollen/online-marketeer.md", "/rollen/online-marketeer/", new[] { DiagnosticCodes.RoleWithoutWork })]
    // The placeholder activity makes the first role A once more: in this two-role site that role becomes a bottleneck.
    [InlineData("matrix", "campagnes", "raci/campagnes.yml", "/raci/campagnes/", new[] { DiagnosticCodes.AccountableBottleneck })]
    [InlineData("example", "afvalcampagne", "voorbeelden/afvalcampagne.md", "/voorbeelden/afvalcampagne/", new string[0])]
    [InlineData("page", "over/team.md", "over/team.md", "/over/team/", new string[0])]
    public async Task A_new_file_has_comments_and_builds_with_only_the_warnings_an_empty_one_gets(string kind, string id, string file, string url, string[] warnings)
    {
        var run = await CommandLineTests.RunAsync("new", kind, id, "--content", _site.ContentDirectory);

        Assert.Equal(PlaybookCommands.Success, run.Code);
        var text = File.ReadAllText(Path.Combine(_site.ContentDirectory, file));
        Assert.Contains("owner: ", text, StringComparison.Ordinal);
        Assert.Contains("reviewBy: ", text, StringComparison.Ordinal);
        Assert.Contains("# wie deze pagina actueel houdt", text, StringComparison.Ordinal);
        var result = await _site.BuildCleanAsync();
        Assert.Equal(warnings, result.Diagnostics.Select(d => d.Code).Distinct().Order().ToArray());
        Assert.Equal(0, result.ErrorCount);
        Assert.NotNull(_site.Page(url).QuerySelector("main h1"));
    }

    [Fact]
    public async Task A_new_role_fills_in_every_job_profile_field_a_playbook_can_require()
    {
        // Every field and nested field of a role that rules.coreRoleFields can name, once filled in.
        _site.Write("playbook.yml", """
            title: Testplaybook
            rules:
              coreRoleFields:
                hr21.family: 1
                hr21.series: 1
                hr21.normFunction: 1
                grade.from: 1
                grade.to: 1
                workLevel: 1
                experience: 1
                position.team: 1
                position.reportsTo: 1
                mandates.type: 1
                mandates.text: 1
                competencies.levels: 3
                contacts.nature: 1
                changes.date: 1
                changes.decidedBy: 1
                resultAreas.tasks: 1
            """);

        var run = await CommandLineTests.RunAsync("new", "role", "online-marketeer", "--content", _site.ContentDirectory);

        Assert.Equal(PlaybookCommands.Success, run.Code);
        var text = File.ReadAllText(Path.Combine(_site.ContentDirectory, "rollen/online-marketeer.md"));
        Assert.Contains("# indicatieve functiegroep (Cao Gemeenten, 1-18)", text, StringComparison.Ordinal);
        Assert.Contains("# informeren, adviseren, overtuigen of onderhandelen", text, StringComparison.Ordinal);
        var result = await _site.BuildAsync();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.RoleFieldMissing && d.Location.File.EndsWith("online-marketeer.md", StringComparison.Ordinal));
        Assert.Equal(0, result.ErrorCount);
    }

    [Fact]
    public async Task New_never_overwrites_an_existing_file()
    {
        var before = File.ReadAllText(Path.Combine(_site.ContentDirectory, "rollen/contentspecialist.md"));

        var run = await CommandLineTests.RunAsync("new", "role", "contentspecialist", "--content", _site.ContentDirectory);

        Assert.Equal(PlaybookCommands.Failed, run.Code);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.ContentDirectory, "rollen/contentspecialist.md")));
    }
}
