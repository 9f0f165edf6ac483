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
    public async Task New_never_overwrites_an_existing_file()
    {
        var before = File.ReadAllText(Path.Combine(_site.ContentDirectory, "rollen/contentspecialist.md"));

        var run = await CommandLineTests.RunAsync("new", "role", "contentspecialist", "--content", _site.ContentDirectory);

        Assert.Equal(PlaybookCommands.Failed, run.Code);
        Assert.Contains("already exists", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(Path.Combine(_site.ContentDirectory, "rollen/contentspecialist.md")));
    }
}
