using Playbook.Diagnostics;
using Playbook.Tests.Support;

namespace Playbook.Tests.Checks;

/// <summary>The playbook's own rules from 'rules:' in playbook.yml: required role fields, activity basis, required pages.</summary>
public sealed class ContentRulesTests
{
    private const string Settings = """
        title: Testplaybook
        rules:
          coreRoleFields:
            purpose: 1
            knowledge: 2
            resultAreas.tasks: 2
            indicators: 1
          requiredPages: [/waarom/, /bron/]
        """;

    [Fact]
    public async Task A_core_role_short_of_a_required_field_is_warned_at_its_file()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", Settings);
        var result = await site.BuildAsync();
        var missing = result.Diagnostics.Where(d => d.Code == "CNT001").ToList();
        Assert.Equal(2, missing.Count);
        Assert.All(missing, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.All(missing, d => Assert.EndsWith("content/rollen/contentspecialist.md", d.Location.File, StringComparison.Ordinal));
        Assert.Contains(missing, d => d.Message == "the core role 'contentspecialist' has 1 item(s) under 'knowledge'; every core role needs at least 2");
        Assert.Contains(missing, d => d.Message.StartsWith("the core role 'contentspecialist': 'Contentstrategie' has 1 tasks", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_filled_in_role_and_a_context_role_pass()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", Settings.Replace("knowledge: 2", "knowledge: 1", StringComparison.Ordinal).Replace("resultAreas.tasks: 2", "resultAreas.tasks: 1", StringComparison.Ordinal));
        site.Write("bron.md", "---\ntitle: Bron\n---\nDe bron.");
        await site.BuildCleanAsync(o => o with { Strict = true });
    }

    [Fact]
    public async Task A_required_page_that_is_gone_is_an_error_at_its_line_in_playbook_yml()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", Settings);
        var result = await site.BuildAsync();
        var page = Assert.Single(result.Diagnostics, d => d.Code == "CNT003");
        Assert.True(page.IsError);
        Assert.Equal(8, page.Location.Line);
        Assert.Contains("/bron/", page.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task A_rule_naming_a_field_no_role_has_is_reported_with_its_line()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", "title: Test\nrules:\n  coreRoleFields:\n    purpose: 1\n    salaris: 1\n");
        var result = await site.BuildAsync();
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == "CNT004");
        Assert.Equal(5, unknown.Location.Line);
        Assert.Contains("'salaris'", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Job_profile_fields_are_required_by_their_front_matter_keys_and_reported_where_they_fall_short()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", "title: Test\nrules:\n  coreRoleFields:\n    grade: 1\n    hr21.family: 1\n    contacts.nature: 1\n    competencies.levels: 3\n    changes: 1\n");

        var result = await site.BuildAsync();

        // The minimal role has no grade, hr21 or changes, a contact without its nature and a one-line competency.
        var missing = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.RoleFieldMissing).Select(d => (d.Location.Line, d.Message)).Order().ToList();
        Assert.Equal(
            [
                (2, "the core role 'contentspecialist' does not fill in 'changes'"),
                (2, "the core role 'contentspecialist' does not fill in 'grade'"),
                (2, "the core role 'contentspecialist' does not fill in 'hr21.family'"),
                (14, "the core role 'contentspecialist': 'Samenwerken' has 0 levels; every core role needs at least 3 per item (competencies.levels)"),
                (16, "the core role 'contentspecialist': 'klantcontactcentrum' has 0 nature; every core role needs at least 1 per item (contacts.nature)"),
            ],
            missing);
        Assert.All(result.Diagnostics.Where(d => d.Code == DiagnosticCodes.RoleFieldMissing), d => Assert.EndsWith("content/rollen/contentspecialist.md", d.Location.File, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_role_that_fills_in_its_job_profile_meets_the_rules_on_nested_fields()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", "title: Test\nrules:\n  coreRoleFields:\n    grade: 2\n    hr21.family: 1\n    contacts.nature: 1\n    competencies.levels: 3\n    changes.decidedBy: 1\n");
        var role = File.ReadAllText(Path.Combine(site.ContentDirectory, "rollen/contentspecialist.md"))
            .Replace("competencies: [Samenwerken]", """
                competencies:
                  - name: Samenwerken
                    description: Werkt samen met vakafdelingen.
                    levels: { junior: Vraagt door., medior: Plant samen., senior: Maakt afspraken. }
                grade: { from: 9, to: 10 }
                hr21: { family: Bedrijfsvoering, series: Communicatie, normFunction: Adviseur communicatie }
                changes:
                  - date: 2026-11-30
                    what: Eerste versie.
                    decidedBy: Teamleider communicatie
                """, StringComparison.Ordinal)
            .Replace("    about: Vragen van inwoners.", "    about: Vragen van inwoners.\n    nature: adviseren", StringComparison.Ordinal);
        site.Write("rollen/contentspecialist.md", role);

        var result = await site.BuildAsync();

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.RoleFieldMissing);
        Assert.Equal(0, result.ErrorCount);
    }

    [Theory]
    [InlineData("gradee", "did you mean 'grade'?")]
    [InlineData("profile.grade", "did you mean 'grade'?")]
    [InlineData("competencies.level", "did you mean 'competencies.levels'?")]
    public async Task A_rule_naming_a_misspelt_field_suggests_the_closest_front_matter_key(string field, string hint)
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", $"title: Test\nrules:\n  coreRoleFields:\n    {field}: 1\n");
        var result = await site.BuildAsync();
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownRuleField);
        Assert.Equal((4, hint), (unknown.Location.Line, unknown.Hint));
    }

    [Fact]
    public async Task A_minimum_that_is_not_a_whole_number_is_a_schema_error()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", "title: Test\nrules:\n  coreRoleFields:\n    purpose: veel\n  onbekend: true\n");
        var result = await site.BuildAsync();
        Assert.Contains(result.Diagnostics, d => d.Code == "SCH002" && d.Location.Line == 4);
        Assert.Contains(result.Diagnostics, d => d.Code == "SCH003" && d.Location.Line == 5);
    }

    [Fact]
    public async Task An_activity_without_a_basis_is_warned_when_the_rule_is_on()
    {
        using var site = TestSite.Minimal();
        site.Write("playbook.yml", "title: Test\nrules:\n  activityBasis: true\n");
        site.Write("raci/webcare.yml", CheckCommandTests.Silo);
        var result = await site.BuildAsync();
        var basis = result.Diagnostics.Where(d => d.Code == "CNT002").ToList();
        Assert.Equal(2, basis.Count);
        Assert.Equal(3, basis[0].Location.Line);

        site.Write("playbook.yml", "title: Test\n");
        Assert.DoesNotContain((await site.BuildAsync()).Diagnostics, d => d.Code == "CNT002");
    }
}
