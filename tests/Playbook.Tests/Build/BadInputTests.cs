using System.Text;
using Playbook.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.Build;

/// <summary>Bad input gets file:line:column, a rule code and a hint, a non-zero exit, no stack trace, and the old site stays.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task Malformed_front_matter_is_reported_at_its_line_and_column()
    {
        using var site = TestSite.Minimal();
        site.Write("waarom.md", "---\ntitle: Waarom\nsummary: [niet gesloten\n---\nTekst");
        var (code, output) = await RunBuildAsync(site);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Contains("content/waarom.md:3:1: error PB003: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_matrix_yaml_is_reported_at_its_line()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", "title: Webcare\nactivities:\n  - id: a\n    title: A\n   raci: {x: R}\n");
        var (code, output) = await RunBuildAsync(site);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Matches(@"content/raci/webcare\.yml:5:\d+: error PB003", output);
    }

    [Fact]
    public async Task A_missing_content_folder_is_named()
    {
        using var site = TestSite.Minimal();
        Directory.Delete(site.ContentDirectory, recursive: true);
        var (code, output) = await RunBuildAsync(site);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Contains("content: error PB001: the content folder does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_utf8_is_reported_at_the_bad_byte()
    {
        using var site = TestSite.Minimal();
        var latin1 = Encoding.Latin1.GetBytes("---\ntitle: Waarom\n---\nDe wethouder heeft één idee.\n");
        site.WriteBytes("waarom.md", latin1);
        var (code, output) = await RunBuildAsync(site);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Contains("content/waarom.md:4:20: error PB002: the file is not valid UTF-8", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_layout_is_reported_at_the_layout_key_with_the_known_names()
    {
        using var site = TestSite.Minimal();
        site.Write("waarom.md", "---\ntitle: Waarom\nlayout: pagina\n---\nTekst");
        var (code, output) = await RunBuildAsync(site);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Contains("content/waarom.md:3:1: error PB005: unknown layout 'pagina' (use one of: 404, compare-roles, example,", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_syntax_error_is_reported_in_the_template_file()
    {
        using var site = TestSite.Minimal();
        var theme = site.CopyTheme();
        File.AppendAllText(Path.Combine(theme, "layouts", "page.liquid"), "\n{% if page.title %}\nno endif\n");
        var (code, output) = await RunBuildAsync(site, "--theme", theme);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Matches(@"theme/layouts/page\.liquid(:\d+:\d+)?: error PB006: template syntax error", output);
    }

    [Fact]
    public async Task A_template_that_uses_an_undefined_variable_fails_the_build()
    {
        using var site = TestSite.Minimal();
        var theme = site.CopyTheme();
        File.AppendAllText(Path.Combine(theme, "layouts", "page.liquid"), "\n{{ page.titel }}\n");
        var (code, output) = await RunBuildAsync(site, "--theme", theme);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Contains("error PB006: template uses undefined variable 'titel'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_that_uses_an_unknown_filter_fails_the_build()
    {
        using var site = TestSite.Minimal();
        var theme = site.CopyTheme();
        File.AppendAllText(Path.Combine(theme, "layouts", "page.liquid"), "\n{{ page.title | opmaak }}\n");
        var (code, output) = await RunBuildAsync(site, "--theme", theme);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Contains("error PB006", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_front_matter_key_is_reported_with_a_suggestion()
    {
        using var site = TestSite.Minimal();
        site.Write("waarom.md", "---\ntitle: Waarom\nsumary: Kort.\n---\nTekst");
        var (code, output) = await RunBuildAsync(site);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Contains("content/waarom.md:3:1: error SCH003: unknown key 'sumary' (did you mean 'summary'?)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_a_missing_source_file_is_reported_at_its_markdown_line()
    {
        using var site = TestSite.Minimal();
        site.Write("waarom.md", "---\ntitle: Waarom\n---\nEerste regel.\n\nZie [de rol](rollen/bestaatniet.md).");
        var (code, output) = await RunBuildAsync(site);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Contains("content/waarom.md:6:5: error LNK001: link 'rollen/bestaatniet.md' points to content/rollen/bestaatniet.md, which does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_problems_are_reported_together_and_the_previous_site_stays()
    {
        using var site = TestSite.Minimal();
        await site.BuildCleanAsync();
        var index = site.OutputFile("index.html");
        site.Write("waarom.md", "---\ntitle: Waarom\nsumary: Kort.\n---\n[x](nergens.md)");
        site.Write("raci/webcare.yml", "title: [kapot");
        var (code, output) = await RunBuildAsync(site);
        Assert.Equal(PlaybookCommands.Failed, code);
        Assert.Contains("SCH003", output, StringComparison.Ordinal);
        Assert.Contains("LNK001", output, StringComparison.Ordinal);
        Assert.Contains("PB003", output, StringComparison.Ordinal);
        Assert.Equal(index, site.OutputFile("index.html"));
    }

    [Fact]
    public async Task Usage_errors_exit_with_2()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PlaybookCommands.CreateRoot().RunAsync(["build", "--no-such-option"], output, error);
        Assert.Equal(PlaybookCommands.UsageError, code);
        Assert.Contains("--no-such-option", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Runs 'playbook build' in-process and asserts what every failure must look like: no stack trace.</summary>
    private static async Task<(int Code, string Output)> RunBuildAsync(TestSite site, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = site.Root;
        try
        {
            string[] theme = extra.Contains("--theme") ? [] : ["--theme", TestSite.ThemeDirectory];
            string[] args = ["build", "--content", "content", "--output", "output", .. theme, .. extra];
            var code = await PlaybookCommands.CreateRoot().RunAsync(args, output, error);
            var text = output + error.ToString();
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
            return (code, text);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }
}
