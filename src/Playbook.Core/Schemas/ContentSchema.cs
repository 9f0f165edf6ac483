using Playbook.Content.Fields;

namespace Playbook.Schemas;

/// <summary>One JSON Schema file: its name, what it describes, the field list it is generated from, and which files it applies to.</summary>
public sealed record ContentSchema(string FileName, string Title, string Description, FieldSet Fields, string? AppliesTo)
{
    /// <summary>The schemas 'playbook schema' writes; front matter (roles, examples, pages) has no file pattern an editor extension can map.</summary>
    public static IReadOnlyList<ContentSchema> All { get; } =
    [
        new("playbook.schema.json", "playbook.yml", "Instellingen van het playbook: site, RACI-drempels, ruwe HTML en de eigen regels.", SettingsFields.Root, "content/playbook.yml"),
        new("raci.schema.json", "RACI-matrix", "Een RACI-matrix in raci/<id>.yml: activiteiten met per rol de letters.", MatrixFields.Root, "content/raci/*.yml"),
        new("glossary.schema.json", "Begrippenlijst", "De begrippenlijst in begrippen.yml, gepubliceerd op /begrippenlijst/.", GlossaryFields.Root, "content/begrippen.yml"),
        new("role.schema.json", "Rol (front matter)", "De front matter van een rol in rollen/<id>.md: de velden van het rolverhaal en van het functieprofiel.", RoleFields.Root, null),
        new("example.schema.json", "Uitgewerkt voorbeeld (front matter)", "De front matter van een voorbeeld in voorbeelden/<id>.md, met de stappen van het swimlane-diagram.", ExampleFields.Root, null),
        new("page.schema.json", "Pagina (front matter)", "De front matter van een gewone pagina (*.md buiten rollen/, raci/ en voorbeelden/).", PageFields.Shared, null),
    ];
}
