using Json.Schema;
using Playbook.Tests.Support;

namespace Playbook.Tests.Schemas;

/// <summary>The sample playbook follows the generated schemas, and typical editor mistakes fail them at the right path.</summary>
public sealed class SchemaValidationTests
{
    private const string Role = """
        title: Contentspecialist
        kind: core
        summary: Maakt content.
        growsFrom: Webredacteur
        purpose: Content die past.
        resultAreas:
          - name: Contentstrategie
            tasks: [Stelt de strategie op.]
        knowledge: [Kanalen]
        skills: [Schrijven]
        competencies:
          - Samenwerken
          - name: Luisteren
            description: Hoort wat er leeft.
            levels: { junior: Vraagt door., medior: Vat samen., senior: Brengt het bestuur op de hoogte. }
        contacts:
          - role: klantcontactcentrum
            nature: adviseren
        indicators: [Bereik]
        grade: { from: 9, to: 10 }
        changes:
          - date: 2026-11-30
            what: Eerste versie.
            decidedBy: Teamleider communicatie
        reviewBy: 2027-06-30
        """;

    private const string Matrix = """
        title: Webcare
        activities:
          - id: vragen-beantwoorden
            title: Vragen beantwoorden
            basis: source
            raci:
              klantcontactcentrum: AR
              contentspecialist: C
        """;

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SamplePlaybook.ContentDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(SamplePlaybook.ContentDirectory, file).Replace('\\', '/');
            if (YamlJson.SchemaFor(relative) is not null)
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Every_file_of_the_sample_playbook_follows_its_schema(string file)
    {
        var errors = YamlJson.Errors(Load(YamlJson.SchemaFor(file)!), YamlJson.FromFile(Path.Combine(SamplePlaybook.ContentDirectory, file)));
        Assert.True(errors.Count == 0, $"{file}: {string.Join("; ", errors)}");
    }

    [Fact]
    public void The_valid_samples_of_this_test_pass_so_the_failures_below_come_from_the_one_change_each_makes()
    {
        Assert.Empty(YamlJson.Errors(Load("role.schema.json"), YamlJson.FromYaml(Role)));
        Assert.Empty(YamlJson.Errors(Load("raci.schema.json"), YamlJson.FromYaml(Matrix)));
    }

    [Theory]
    // A required field missing: the error is on the object that lacks it.
    [InlineData("raci.schema.json", Matrix, "title: Webcare\n", "", "", "required")]
    [InlineData("raci.schema.json", Matrix, "    title: Vragen beantwoorden\n", "", "/activities/0", "required")]
    [InlineData("role.schema.json", Role, "purpose: Content die past.\n", "", "", "required")]
    [InlineData("role.schema.json", Role, "    decidedBy: Teamleider communicatie\n", "", "/changes/0", "required")]
    // A wrong type.
    [InlineData("raci.schema.json", Matrix, "title: Webcare\n", "title: Webcare\norder: eerst\n", "/order", "type")]
    [InlineData("role.schema.json", Role, "knowledge: [Kanalen]", "knowledge: { kanalen: true }", "/knowledge", "type")]
    [InlineData("role.schema.json", Role, "from: 9", "from: negen", "/grade/from", "type")]
    // A letter outside R, A, S, C, I in a matrix cell.
    [InlineData("raci.schema.json", Matrix, "contentspecialist: C", "contentspecialist: X", "/activities/0/raci/contentspecialist", "pattern")]
    // A date that is not YYYY-MM-DD, or no date at all.
    [InlineData("role.schema.json", Role, "reviewBy: 2027-06-30", "reviewBy: 30-06-2027", "/reviewBy", "pattern")]
    [InlineData("role.schema.json", Role, "date: 2026-11-30", "date: 2026-02-30", "/changes/0/date", "format")]
    // A value outside a closed list, and a key no reader knows.
    [InlineData("role.schema.json", Role, "nature: adviseren", "nature: bellen", "/contacts/0/nature", "enum")]
    [InlineData("raci.schema.json", Matrix, "basis: source", "basis: bron", "/activities/0/basis", "enum")]
    [InlineData("role.schema.json", Role, "summary: Maakt content.", "sumary: Maakt content.", "/sumary", "false")]
    public void A_typical_mistake_fails_at_the_path_an_editor_fixes(string schema, string valid, string find, string replace, string path, string keyword)
    {
        Assert.Contains(find, valid, StringComparison.Ordinal);

        var errors = YamlJson.Errors(Load(schema), YamlJson.FromYaml(valid.Replace(find, replace, StringComparison.Ordinal)));

        Assert.Contains(errors, e => e.StartsWith($"{path}: {keyword}:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_context_role_needs_no_job_profile_fields_but_a_core_role_does()
    {
        var schema = Load("role.schema.json");
        Assert.Empty(YamlJson.Errors(schema, YamlJson.FromYaml("title: Wethouder\nkind: context\nsummary: Bestuurder.\n")));
        Assert.Contains(YamlJson.Errors(schema, YamlJson.FromYaml("title: Marketeer\nkind: core\nsummary: Campagnes.\n")), e => e.Contains("purpose", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rule_may_require_every_role_field_by_its_front_matter_path_and_nothing_else()
    {
        var schema = Load("playbook.schema.json");
        Assert.Empty(YamlJson.Errors(schema, YamlJson.FromYaml("title: T\nrules:\n  coreRoleFields:\n    grade: 1\n    competencies.levels: 3\n    contacts.nature: 1\n    changes: 1\n")));
        Assert.Contains(YamlJson.Errors(schema, YamlJson.FromYaml("title: T\nrules:\n  coreRoleFields:\n    salaris: 1\n")), e => e.StartsWith("/rules/coreRoleFields", StringComparison.Ordinal));
    }

    private static JsonSchema Load(string file) => YamlJson.Schema(file);
}
