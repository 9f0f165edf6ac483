using Json.Schema;
using Playbook.Cli;
using Playbook.Schemas;
using Playbook.Tests.Cli;
using Playbook.Tests.Support;

namespace Playbook.Tests.Schemas;

/// <summary>The committed schemas in schemas/ are what 'playbook schema' writes today, and the editor extension is pointed at them.</summary>
public sealed class SchemaFileTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "playbook-schemas-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task The_committed_schemas_equal_what_playbook_schema_generates_now()
    {
        var run = await CommandLineTests.RunAsync("schema", "--out", _folder);

        Assert.Equal(PlaybookCommands.Success, run.Code);
        var committed = Path.Combine(TestSite.RepositoryRoot, SchemaFiles.DefaultFolder);
        Assert.Equal(
            Directory.GetFiles(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal),
            Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var file in Directory.GetFiles(_folder))
        {
            var name = Path.GetFileName(file);
            Assert.True(
                File.ReadAllText(file) == File.ReadAllText(Path.Combine(committed, name)),
                $"schemas/{name} is out of date: a field changed in src/Playbook.Core/Content/Fields; run 'playbook schema' and commit schemas/");
        }
    }

    [Fact]
    public void Every_schema_is_a_valid_draft_2020_12_schema_that_rejects_unknown_keys()
    {
        foreach (var schema in ContentSchema.All)
        {
            var parsed = JsonSchema.FromText(JsonSchemaWriter.Write(schema));
            Assert.NotEmpty(YamlJson.Errors(parsed, YamlJson.FromYaml("title: Iets\nonbekendeSleutel: 1\n")));
        }
    }

    [Fact]
    public void The_editor_settings_map_every_schema_that_has_a_file_pattern()
    {
        var settings = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(TestSite.RepositoryRoot, ".vscode", "settings.json")))!;
        var mapped = settings["yaml.schemas"]!.AsObject();
        foreach (var schema in ContentSchema.All.Where(s => s.AppliesTo is not null))
        {
            Assert.Equal(schema.AppliesTo, mapped[$"./schemas/{schema.FileName}"]?.GetValue<string>());
        }
    }
}
