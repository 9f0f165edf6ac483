using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Editing;

/// <summary>'aliases:' in front matter become redirect pages and a Netlify _redirects file; a bad alias is an error at its line.</summary>
public sealed class AliasTests : IDisposable
{
    private readonly TestSite _site = TestSite.Minimal();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task An_alias_becomes_a_redirect_page_that_works_without_javascript_and_under_a_base_path()
    {
        _site.Write("waarom.md", """
            ---
            title: Waarom <wij>
            aliases: [/achtergrond, oud/waarom/]
            ---
            Tekst.
            """);

        await _site.BuildCleanAsync(o => o with { BasePath = "/playbook/" });

        var page = _site.Page("/achtergrond/");
        Assert.Equal("0; url=/playbook/waarom/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("Deze pagina is verplaatst naar Waarom <wij>.", page.QuerySelector("p")?.TextContent);
        Assert.NotNull(_site.Page("/oud/waarom/"));
        Assert.Equal("/playbook/achtergrond/ /playbook/waarom/ 301!\n/playbook/oud/waarom/ /playbook/waarom/ 301!\n", _site.OutputFile("_redirects"));
    }

    [Fact]
    public async Task An_alias_that_is_not_a_path_or_is_already_a_page_is_an_error_at_its_line()
    {
        _site.Write("waarom.md", """
            ---
            title: Waarom
            aliases:
              - https://elders.example/waarom
              - /rollen/contentspecialist/
            ---
            Tekst.
            """);

        var result = await _site.BuildAsync();

        Assert.False(result.Succeeded);
        var invalid = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidAlias);
        Assert.Equal(new SourceLocation("content/waarom.md", 4, 5), invalid.Location);
        var taken = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.AliasInUse);
        Assert.Equal(new SourceLocation("content/waarom.md", 5, 5), taken.Location);
        Assert.Contains("content/rollen/contentspecialist.md", taken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_aliases_there_is_no_redirects_file()
    {
        await _site.BuildCleanAsync();

        Assert.False(File.Exists(Path.Combine(_site.OutputDirectory, "_redirects")));
    }
}
