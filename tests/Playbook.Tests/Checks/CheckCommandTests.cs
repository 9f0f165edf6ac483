using System.Text.Json;
using Playbook.Cli;
using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Checks;

/// <summary>'playbook check' in its three formats, its exit codes, and 'playbook build' failing on what check finds.</summary>
public sealed class CheckCommandTests
{
    internal const string NoAccountable = """
        title: Webcare
        activities:
          - id: vragen-beantwoorden
            title: Vragen beantwoorden
            raci:
              klantcontactcentrum: R
              contentspecialist: C
          - id: toon-bepalen
            title: Toon van stem bepalen
            raci:
              contentspecialist: AR
              klantcontactcentrum: CI
        """;

    internal const string Silo = """
        title: Webcare
        activities:
          - id: vragen-beantwoorden
            title: Vragen beantwoorden
            raci:
              klantcontactcentrum: AR
              contentspecialist: R
          - id: toon-bepalen
            title: Toon van stem bepalen
            raci:
              contentspecialist: AR
              klantcontactcentrum: CI
        """;

    [Fact]
    public async Task A_clean_site_checks_with_exit_0_and_writes_nothing()
    {
        using var site = TestSite.Minimal();
        var (code, output) = await RunAsync(site, "check");
        Assert.Equal(PlaybookCommands.Success, code);
        Assert.Matches(@"^Checked 12 pages in \d+\.\d\d s: no problems\.$", output.Trim());
        Assert.False(Directory.Exists(site.OutputDirectory));
    }

    [Fact]
    public async Task Text_output_groups_all_problems_by_file_and_exits_with_1()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", NoAccountable);
        site.Write("waarom.md", "---\ntitle: Waarom\nsumary: Kort.\n---\n[weg](/nergens/)");
        var (code, output) = await RunAsync(site, "check");
        Assert.Equal(PlaybookCommands.Failed, code);
        var lines = output.TrimEnd().Split('\n');
        var matrixHeader = Array.FindIndex(lines, l => l.EndsWith("content/raci/webcare.yml", StringComparison.Ordinal));
        var pageHeader = Array.FindIndex(lines, l => l.EndsWith("content/waarom.md", StringComparison.Ordinal));
        Assert.True(matrixHeader >= 0 && pageHeader > matrixHeader, output);
        Assert.Matches(@"^  .*content/raci/webcare\.yml:3:5: error RACI001: activity 'vragen-beantwoorden' has no A \(accountable\) \(give exactly one role an A", lines[matrixHeader + 1]);
        Assert.Matches(@"^  .*content/waarom\.md:3:1: error SCH003: unknown key 'sumary'", lines[pageHeader + 1]);
        Assert.Matches(@"^  .*content/waarom\.md:5:1: error LNK003: '/nergens/' leads to no page", lines[pageHeader + 2]);
        Assert.Matches(@"^Checked 12 pages in \d+\.\d\d s: 3 errors, 0 warnings\.$", lines[^1]);
    }

    [Fact]
    public async Task Warnings_pass_the_check_unless_strict()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", Silo);
        var (code, output) = await RunAsync(site, "check");
        Assert.Equal(PlaybookCommands.Success, code);
        Assert.Contains("warning RACI011", output, StringComparison.Ordinal);
        var (strictCode, strictOutput) = await RunAsync(site, "check", "--strict");
        Assert.Equal(PlaybookCommands.Failed, strictCode);
        Assert.Contains("0 errors, 1 warning (--strict: warnings fail the check).", strictOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_format_prints_one_workflow_annotation_per_problem()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", NoAccountable);
        site.Write("raci/leeg.yml", string.Empty);
        var (code, output) = await RunAsync(site, "check", "--format", "github");
        Assert.Equal(PlaybookCommands.Failed, code);
        var annotations = output.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, annotations.Count);
        Assert.Matches(@"^::error file=[^,]*content/raci/leeg\.yml,line=1,col=1,title=SCH007::the file has no YAML content%0Aadd the required fields", annotations[0]);
        Assert.Matches(@"^::error file=[^,]*content/raci/webcare\.yml,line=3,col=5,title=RACI001::activity 'vragen-beantwoorden' has no A \(accountable\)%0Agive exactly one role an A: the one who answers for the result, e\.g\. 'communitymanager: AR'$", annotations[1]);
    }

    [Fact]
    public void GitHub_escaping_follows_the_runner()
    {
        Assert.Equal("100%25 zeker%0D%0Aregel: twee, drie", DiagnosticPrinter.EscapeData("100% zeker\r\nregel: twee, drie"));
        Assert.Equal("a%3Ab%2Cc%25d%0A", DiagnosticPrinter.EscapeProperty("a:b,c%d\n"));
    }

    [Fact]
    public void GitHub_format_puts_a_generated_page_in_the_message_not_in_file()
    {
        var diagnostics = new[] { new Diagnostic("LNK003", DiagnosticSeverity.Warning, "x", new SourceLocation("(generated) rollen/index.md"), "y") };
        var writer = new StringWriter();
        DiagnosticPrinter.WriteGitHub(diagnostics, writer);
        Assert.Equal("::warning title=LNK003::(generated) rollen/index.md: x%0Ay", writer.ToString().Trim());
    }

    [Fact]
    public async Task Json_format_has_a_stable_schema_with_counts()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", Silo);
        site.Write("raci/oud.yaml", "title: Oud");
        site.Write("waarom.md", "---\ntitle: Waarom\n---\n[weg](/nergens/)");
        var (code, output) = await RunAsync(site, "check", "--format", "json");
        Assert.Equal(PlaybookCommands.Failed, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(12, root.GetProperty("pages").GetInt32());
        Assert.Equal(1, root.GetProperty("counts").GetProperty("errors").GetInt32());
        Assert.Equal(2, root.GetProperty("counts").GetProperty("warnings").GetInt32());
        Assert.False(root.GetProperty("succeeded").GetBoolean());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(3, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(
            ["code", "severity", "message", "hint", "file", "line", "column"],
            d.EnumerateObject().Select(p => p.Name).ToArray()));

        var ignored = diagnostics.Single(d => d.GetProperty("code").GetString() == "SCH008");
        Assert.Equal("warning", ignored.GetProperty("severity").GetString());
        Assert.EndsWith("content/raci/oud.yaml", ignored.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, ignored.GetProperty("line").ValueKind);
        Assert.Equal(JsonValueKind.Null, ignored.GetProperty("column").ValueKind);

        var link = diagnostics.Single(d => d.GetProperty("code").GetString() == "LNK003");
        Assert.Equal("error", link.GetProperty("severity").GetString());
        Assert.Equal(4, link.GetProperty("line").GetInt32());
        Assert.Equal(1, link.GetProperty("column").GetInt32());
        Assert.False(string.IsNullOrEmpty(link.GetProperty("hint").GetString()));
    }

    [Theory]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--no-such-option")]
    [InlineData("check", "--output", "ergens")]
    public async Task Usage_errors_exit_with_2(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PlaybookCommands.CreateRoot().RunAsync(args, output, error);
        Assert.Equal(PlaybookCommands.UsageError, code);
    }

    [Fact]
    public async Task Build_fails_on_check_errors_and_prints_warnings()
    {
        using var site = TestSite.Minimal();
        site.Write("raci/webcare.yml", Silo);
        var (code, output) = await RunAsync(site, "build", "--output", site.OutputDirectory);
        Assert.Equal(PlaybookCommands.Success, code);
        Assert.Contains("warning RACI011", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.OutputDirectory, "index.html")));

        site.Write("raci/webcare.yml", NoAccountable);
        var (failed, failedOutput) = await RunAsync(site, "build", "--output", site.OutputDirectory);
        Assert.Equal(PlaybookCommands.Failed, failed);
        Assert.Contains("error RACI001", failedOutput, StringComparison.Ordinal);

        site.Write("raci/webcare.yml", Silo);
        var (strict, _) = await RunAsync(site, "build", "--output", site.OutputDirectory, "--strict");
        Assert.Equal(PlaybookCommands.Failed, strict);
    }

    private static async Task<(int Code, string Output)> RunAsync(TestSite site, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] all = [.. args, "--content", site.ContentDirectory, "--theme", TestSite.ThemeDirectory];
        var code = await PlaybookCommands.CreateRoot().RunAsync(all, output, error);

        // Diagnostics go to stderr, the summary to stdout: read them in the order a terminal shows them.
        return (code, error.ToString() + output);
    }
}
