using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Checks;

/// <summary>Every check survives malformed input: a diagnostic at the file (and line), never an exception or an internal error.</summary>
public sealed class MalformedInputTests
{
    public static TheoryData<string, string> BrokenSources() => new()
    {
        { "raci/webcare.yml", string.Empty },
        { "raci/webcare.yml", "title: [kapot" },
        { "raci/webcare.yml", "title: Webcare\nactivities: []" },
        { "raci/webcare.yml", "title: Webcare\nactivities:" },
        { "raci/webcare.yml", "title: Webcare\nactivities: geen" },
        { "raci/webcare.yml", "title: Webcare\nactivities:\n  - 42\n  - [a, b]" },
        { "raci/webcare.yml", "title: Webcare\nactivities:\n  - id: a\n    title: A\n    raci: [R, A]" },
        { "raci/webcare.yml", "title: Webcare\nactivities:\n  - id: a\n    title: A\n    raci:\n      klantcontactcentrum: AR\n      contentspecialist: 12" },
        { "raci/webcare.yml", "title: Webcare\nactivities:\n  - id: a\n    title: A\n    raci:\n      klantcontactcentrum: AR\n      contentspecialist:" },
        { "raci/webcare.yml", "title: Webcare\nactivities:\n  - id: a\n    title: A\n    raci:\n      klantcontactcentrum: AR\n      contentspecialist: {A: 1}" },
        { "raci/webcare.yml", "title: Webcare\nactivities:\n  - id: a\n    title: A\n    raci:\n      klantcontactcentrum: AR\n      12: R" },
        { "raci/webcare.yml", "title: Webcare\nactivities:\n  - id: a\n    title: A\n    raci:\n      klantcontactcentrum: AR\n      [x, y]: R" },
        { "raci/webcare.yml", "title: Webcare\nactivities:\n  - id: 7\n    title: [A]\n    raci:\n      klantcontactcentrum: '  '" },
        { "raci/webcare.yml", "- een\n- lijst" },
        { "raci/webcare.yml", "alleen tekst" },
        { "raci/webcare.yml", "title: Webcare\n\tactivities: []" },
        { "raci/webcare.yml", "title: &t Webcare\nsummary: *t\nactivities: *onbekend" },
        { "rollen/contentspecialist.md", string.Empty },
        { "rollen/contentspecialist.md", "---" },
        { "rollen/contentspecialist.md", "---\ntitle: Contentspecialist" },
        { "rollen/contentspecialist.md", "---\n- een\n- lijst\n---\nTekst" },
        { "rollen/contentspecialist.md", "---\ntitle: C\nkind: [core]\ncontacts: veel\nresultAreas:\n  - tasks: 3\n---\n" },
        { "voorbeelden/parkeren.md", "---\ntitle: P\nsteps: 5\n---\n" },
        { "voorbeelden/parkeren.md", "---\ntitle: P\nsteps:\n  - role: [a]\n    action: {x: y}\n    with: {a: b}\n---\n" },
        { "playbook.yml", "raci: 5" },
        { "playbook.yml", "title: T\nraci:\n  scheme: [RACI]\n  maxConsulted: veel\n  warningsAsErrors: misschien" },
    };

    public static TheoryData<string> OddMarkdown() =>
    [
        "<a href=\"\n",
        "<img src=x",
        "[x](<>)",
        "[x](%) [y](#%ZZ) [z](/%E0%A4%A/)",
        "[x](http://[::1) [y](mailto:%) [z](tel:)",
        "<a href='/x/' href=\"/y/\"></a><a href=/rollen/ >kaal</a><!-- <a href=\"/weg/\"> -->",
        "<script>document.write('<a href=\"/weg/\">')</script>",
        "<svg><use href=\"#nergens\"/></svg>",
        "[x](#) ![](#) <img src=\"\" alt=\"\">",
    ];

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task A_broken_source_file_gets_a_located_diagnostic_not_an_exception(string file, string text)
    {
        using var site = TestSite.Minimal();
        site.Write(file, text);
        var result = await site.BuildAsync(o => o with { WriteOutput = false });
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        var display = "content/" + file;
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Location.File == display && d.Location.Line > 0);
        Assert.False(result.Succeeded);
        Assert.All(result.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Hint), $"{d} has no hint"));
    }

    [Theory]
    [MemberData(nameof(OddMarkdown))]
    public async Task Odd_links_and_html_in_markdown_never_crash_the_checks(string body)
    {
        using var site = TestSite.Minimal();
        site.Write("waarom.md", $"---\ntitle: Waarom\n---\n{body}\n");
        var result = await site.BuildAsync(o => o with { WriteOutput = false });
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        Assert.All(result.Diagnostics, d => Assert.Equal("content/waarom.md", d.Location.File));
    }
}
